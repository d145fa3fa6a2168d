using Grading.Core.Assignments;
using Grading.Core.Figures;
using Grading.Core.Running;

namespace Grading.Tests.Figures;

/// <summary>The default figures of a harness that draws none: every recorded series long enough to be one.</summary>
public class SeriesFiguresTests
{
    private static readonly SectionSpec Section = new() { Id = "3", Title = "Descent", Points = 1, Driver = "d", Contract = "c", Checks = [] };
    private static readonly AssignmentSpec Assignment = new() { Id = "a", Title = "A", Harness = "h", Directory = ".", Sections = [Section] };

    private static IReadOnlyList<SectionFigure> Draw(Dictionary<string, double[]>? values) =>
        SeriesFigures.Instance.For(Assignment, Section, new SectionRun { SectionId = "3", Values = values }, new object());

    [Test]
    public void For_LongAndShortValues_DrawsOnlyTheLongOnesAsLines()
    {
        var trajectory = Enumerable.Range(0, 100).Select(i => 2.5 - i * 0.01).ToArray();

        var values = new Dictionary<string, double[]> { ["manual.trajectory"] = trajectory, ["manual.final"] = [1.5], ["grad"] = [1, 2, 3] };
        var figures = Draw(values);

        Assert.That(figures, Has.Count.EqualTo(1));
        Assert.That((figures[0].Kind, figures[0].Title, figures[0].YLabel), Is.EqualTo((FigureKind.Line, "3: manual.trajectory", "manual.trajectory")));
        Assert.That(figures[0].Series![0].ValueKey, Is.EqualTo("manual.trajectory"), "the value is drawn, not copied");
        Assert.That(figures[0].Series![0].Resolve(values), Is.EqualTo(trajectory));
        Assert.That(figures[0].Series![0].X, Is.Null, "steps are implicit");
    }

    [Test]
    public void For_SeriesOnTheHiddenVariant_IsNotDrawn()
    {
        var trajectory = Enumerable.Range(0, 100).Select(i => 2.5 - i * 0.01).ToArray();
        var figures = Draw(new() { ["manual.trajectory"] = trajectory, ["manual.variant.trajectory"] = trajectory, ["hand.final.variant"] = trajectory });
        Assert.That(figures.Select(f => f.Title), Is.EqualTo(new[] { "3: manual.trajectory" }));
    }

    [Test]
    public void For_SeriesWithNoFiniteValue_IsNotDrawn()
    {
        Assert.That(Draw(new() { ["diverged"] = Enumerable.Repeat(double.NaN, 20).ToArray() }), Is.Empty);
    }

    [Test]
    public void For_NoValues_DrawsNothing()
    {
        Assert.That(Draw(null), Is.Empty);
    }
}
