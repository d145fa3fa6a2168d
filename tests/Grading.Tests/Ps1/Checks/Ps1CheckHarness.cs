using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;
using Grading.Tests.Ps1.Data;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

namespace Grading.Tests.Ps1.Checks;

/// <summary>Builds PS1 check contexts around synthetic runs on the real PS1 data, and simulated descents.</summary>
internal static class Ps1CheckHarness
{
    public static readonly Lazy<LeastSquaresReference> Ps1Reference = new(() => new LeastSquaresReference(DatasetPreparerTests.Ps1Data()));

    public static readonly double[] Start = [0.3, -0.2, 0.5, 0.1, -0.4, 0.2, 0.05];

    public static AssignmentSpec Assignment(SectionSpec section) => new()
    {
        Id = "test", Title = "test", Harness = "none", Directory = ".",
        Blocks = new Dictionary<string, object>
        {
            [Ps1Blocks.Data] = DatasetPreparerTests.Ps1DataSpec(),
            [Ps1Blocks.Training] = new TrainingSpec { Epochs = 5000, LogEvery = 1000, ProbeEpochs = 3 },
        },
        Sections = [section],
    };

    public static SectionSpec Section(CheckSpec check) => new()
    {
        Id = "1.2", Title = "GD", Points = check.Points, Driver = "none", Contract = "none", Checks = [check],
    };

    public static CheckOutcome Evaluate(ICheck check, SectionRun run, double? tolerance = null, double? relative = null)
    {
        var spec = new CheckSpec { Kind = check.Kind, Points = 8, Tolerance = tolerance, RelativeTolerance = relative };
        var section = Section(spec);
        return check.Evaluate(new CheckContext(Assignment(section), section, spec, run, Ps1Reference.Value)).Single();
    }

    /// <summary>Gradient descent the way a student might write it: a gradient function and an update rule
    /// that can carry the previous gradient (for accumulation).</summary>
    public static TrainingRecord Simulate(int epochs, double lr, Func<double[], double[]> gradient, bool accumulate = false)
    {
        var w = (double[])Start.Clone();
        var losses = new List<double>();
        var carried = new double[w.Length];
        for (int t = 0; t < epochs; t++)
        {
            losses.Add(Ps1Reference.Value.Loss(w));
            double[] g = gradient(w);
            for (int j = 0; j < w.Length; j++)
            {
                carried[j] = accumulate ? carried[j] + g[j] : g[j];
                w[j] -= lr * carried[j];
            }
        }
        return new TrainingRecord(epochs, (double[])Start.Clone(), lr, losses.ToArray(), w);
    }

    public static double[] Exact(double[] w) => Ps1Reference.Value.Gradient(w);

    /// <summary>A converged 5000-epoch run at lr 0.1, the assignment's budget (cheap: the Gram form is 7×7).</summary>
    public static readonly Lazy<TrainingRecord> Converged = new(() => Simulate(5000, 0.1, Exact));

    /// <summary>A training section's run as PS1's drivers record it: the graded run, and the probe (the graded run when not given).</summary>
    public static SectionRun Run(TrainingRecord? training, TrainingRecord? probe = null, string output = "", string? probeError = null)
    {
        var values = new Dictionary<string, double[]>();
        foreach (var (key, value) in training?.ToValues(Ps1Values.TrainingPrefix, Ps1Values.Weights) ?? []) values[key] = value;
        foreach (var (key, value) in (probe ?? training)?.ToValues(Ps1Values.ProbePrefix, $"{Ps1Values.ProbePrefix}.weights") ?? []) values[key] = value;
        return new SectionRun
        {
            SectionId = "1.2", Values = values, Output = new CapturedOutput(output, 0),
            Notes = probeError is null ? null : new Dictionary<string, string> { [Ps1Values.ProbeError] = probeError },
        };
    }

    /// <summary>A training section's run whose probe run recorded nothing.</summary>
    public static SectionRun RunWithoutProbe(TrainingRecord training)
    {
        var run = Run(training);
        return run with { Values = run.Values!.Where(v => !v.Key.StartsWith(Ps1Values.ProbePrefix + ".", StringComparison.Ordinal)).ToDictionary() };
    }

    /// <summary>A closed-form section's run: just the weights (none recorded when null).</summary>
    public static SectionRun WithWeights(double[]? weights) => new()
    {
        SectionId = "1.1", Values = weights is null ? null : new Dictionary<string, double[]> { [Ps1Values.Weights] = weights },
    };

    /// <summary>Gradient descent on any data (the real data or a variant): <paramref name="step"/> updates the weights in
    /// place; the loss is recorded before each step, or after it when <paramref name="lossAfterStep"/>.</summary>
    public static TrainingRecord Descend(LeastSquaresReference reference, int epochs, double lr, Action<double[]> step, double[]? start = null,
        bool lossAfterStep = false)
    {
        var w = (double[])(start ?? Start).Clone();
        var losses = new double[epochs];
        for (int t = 0; t < epochs; t++)
        {
            if (!lossAfterStep) losses[t] = reference.Loss(w);
            step(w);
            if (lossAfterStep) losses[t] = reference.Loss(w);
        }
        return new TrainingRecord(epochs, (double[])(start ?? Start).Clone(), lr, losses, w);
    }

    /// <summary>An exact gradient step at <paramref name="lr"/> on <paramref name="reference"/>'s data.</summary>
    public static Action<double[]> ExactStep(LeastSquaresReference reference, double lr) => w =>
    {
        double[] g = reference.Gradient(w);
        for (int j = 0; j < w.Length; j++) w[j] -= lr * g[j];
    };

    /// <summary>A training run as PS1's drivers record it since the hidden variant: the graded run on the real data, and the
    /// check run made on the variant of <paramref name="seed"/>.</summary>
    public static SectionRun RunOnVariant(TrainingRecord training, TrainingRecord probe, int seed)
    {
        var run = Run(training, probe);
        var values = new Dictionary<string, double[]>(run.Values!) { [Ps1Values.VariantSeed] = [seed] };
        return run with { Values = values };
    }
}
