using Grading.Core.Assignments;
using Grading.Core.Figures;
using Grading.Core.Running;
using Grading.Tests.Ps1.Checks;
using Ps1Autograd.Grading.Figures;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Figures;

/// <summary>PS1's figures: the weights beside the reference's, the loss per epoch, and 1.1's prediction errors.</summary>
public class Ps1FiguresTests
{
    private static readonly Ps1Figures Figures = new();

    private static readonly SectionSpec ClosedForm = new()
    {
        Id = "1.1", Title = "Closed form", Points = 10, Driver = "closed-form", Contract = "none",
        Checks = [new CheckSpec { Kind = "weights", Points = 10, Tolerance = 1e-3 }],
    };

    private static IReadOnlyList<SectionFigure> Draw(SectionSpec section, SectionRun run, object? reference = null) =>
        Figures.For(Assignment(section), section, run, reference ?? Ps1Reference.Value);

    private static double[] Optimum => (double[])Ps1Reference.Value.Weights.Clone();

    [Test]
    public void For_ClosedFormWeights_DrawsTheWeightsTableAndThePredictionErrors()
    {
        var figures = Draw(ClosedForm, WithWeights(Optimum));

        Assert.That(figures.Select(f => f.Kind), Is.EqualTo(new[] { FigureKind.Table, FigureKind.Sample }));
        var table = figures[0];
        Assert.That(table.Rows!.Select(r => r.Name), Is.EqualTo(new[] { "b0", "b1", "b2", "b3", "b4", "b5", "b6" }));
        Assert.That(table.Rows![1].Label, Is.EqualTo("housing_median_age"));
        Assert.That(table.Rows!.All(r => r.Ok), Is.True);
        var sample = figures[1].Sample!;
        Assert.That(sample.Count, Is.EqualTo(17_000), "one error per row of the data");
        Assert.That(sample.Mean, Is.EqualTo(0).Within(1e-9), "least-squares errors with an intercept average zero");
    }

    [Test]
    public void For_WeightBeyondTheChecksTolerance_FlagsThatRowOnly()
    {
        double[] weights = Optimum;
        weights[3] += 0.01;

        var rows = Draw(ClosedForm, WithWeights(weights))[0].Rows!;

        Assert.That(rows.Where(r => !r.Ok).Select(r => r.Name), Is.EqualTo(new[] { "b3" }));
    }

    [Test]
    public void For_TooFewWeights_FlagsTheMissingOnesAndDrawsNoErrors()
    {
        var figures = Draw(ClosedForm, WithWeights(Optimum[..5]));

        Assert.That(figures.Select(f => f.Kind), Is.EqualTo(new[] { FigureKind.Table }), "no errors can be computed from 5 weights");
        Assert.That(figures[0].Rows!.Where(r => !r.Ok).Select(r => (r.Name, r.Submitted)), Is.EqualTo(new[] { ("b5", (double?)null), ("b6", (double?)null) }));
    }

    [Test]
    public void For_TrainingRun_DrawsTheLossOnALogScaleWithTheOptimumMarked()
    {
        var training = Simulate(50, 0.1, Exact);
        var section = Section(new CheckSpec { Kind = "weights", Points = 8 });

        var run = Run(training);
        var figures = Draw(section, run);

        Assert.That(figures.Select(f => f.Kind), Is.EqualTo(new[] { FigureKind.Table, FigureKind.Line }), "no prediction errors for descent sections");
        var loss = figures[1];
        Assert.That(loss.LogY, Is.True);
        Assert.That(loss.LogX, Is.True, "epochs on a log scale too: the descent is in the first tens of them");
        Assert.That(loss.Series![0].Resolve(run.Values), Is.EqualTo(training.LossHistory));
        Assert.That(loss.Series![0].Y, Is.Null, "drawn from the run's value, not saved twice");
        Assert.That(loss.Markers![0].Value, Is.EqualTo(Ps1Reference.Value.OptimalLoss));
        Assert.That(loss.Caption, Does.Contain("learning rate 0.1"));
    }

    [Test]
    public void For_AnotherAssignmentsReference_DrawsNothing()
    {
        Assert.That(Draw(ClosedForm, WithWeights(Optimum), new object()), Is.Empty);
    }

    [Test]
    public void For_NoValues_DrawsNothing()
    {
        Assert.That(Draw(ClosedForm, WithWeights(null)), Is.Empty);
    }
}
