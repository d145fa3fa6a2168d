using System.Diagnostics;
using System.Text;
using Grading.Core.Exporting;
using Grading.Core.Exporting.Classroom;
using Grading.Core.Exporting.Gradescope;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Exporting.Markdown;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;
using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// Submissions that return something huge (a 10 MB exception message, 5·10^7 losses, 24 MB of answers), graded with
/// process isolation through the public Grader API: the verdict is exact, the result, the report and every export
/// stay small (the Classroom payload under GitHub's 1 MB step output limit), each says what was cut, and grading
/// takes bounded time.
/// </summary>
[NonParallelizable]
public class BoundedResultTests
{
    private const int MaxBytes = 2 << 20;
    private const int MaxClassroomBytes = 1_000_000;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private Grader _grader = null!;

    private static readonly BoundedCase[] Cases =
    [
        new("huge-exception-message", "1.2", SectionStatus.Error, 0, "threw InvalidOperationException: The loss diverged: xxx",
            "the error message had 10,000,"),
        new("huge-loss-history", "1.2", SectionStatus.Partial, 23, "asked for 5000 epochs, the loss history has 50000000 entries",
            "the loss history had 50,000,000 values; the first 20,000 were kept"),
        new("huge-written-answers", "1.5", SectionStatus.Pending, 0, null,
            "answer 1 had 4,000,000 characters; "),
    ];

    [OneTimeSetUp]
    public void OpenGrader() =>
        _grader = Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process });

    [OneTimeTearDown]
    public void CloseGrader() => _grader.Dispose();

    private GradingResult Grade(BoundedCase bounded, out TimeSpan took)
    {
        var clock = Stopwatch.StartNew();
        var result = Ps1Grading.GradeOverlay(_grader, Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "hostile", bounded.Fixture));
        took = clock.Elapsed;
        return result;
    }

    private static string Export(IResultExporter exporter, GradingResult result)
    {
        var writer = new StringWriter();
        exporter.Export(result, writer);
        return writer.ToString();
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    [TestCaseSource(nameof(Cases))]
    public void Grade_HugeReturn_GetsItsVerdictWithinBoundedSizeAndSaysWhatWasCut(BoundedCase bounded)
    {
        var result = Grade(bounded, out var took);

        Assert.That(took, Is.LessThan(Bound), "grading finished in bounded time");
        var section = result.Section(bounded.Section);
        Assert.That((section.Status, section.Score), Is.EqualTo((bounded.Status, bounded.Score)), section.FirstProblem);
        if (bounded.Message is { } message) Assert.That(section.FirstProblem, Does.Contain(message));
        Assert.That(section.Raw.Cuts?.Select(c => c.Note), Has.Some.Contains(bounded.Cut));
        foreach (var other in result.Sections.Where(s => s.Id != bounded.Section))
            Assert.That(other.Score + other.PendingPoints, Is.EqualTo(other.MaxScore), $"{other.Id} is untouched: {other.FirstProblem}");

        string json = ResultJson.Serialize(result);
        Assert.That(Bytes(json), Is.LessThan(MaxBytes), "result.json");
        Assert.That(ResultJson.Deserialize(json).Section(bounded.Section).Raw.Cuts?.Select(c => c.Note), Has.Some.Contains(bounded.Cut), "the cut survives a save");
        string html = HtmlReportExporter.Render(result);
        Assert.That(Bytes(html), Is.LessThan(MaxBytes), "the HTML report");
        Assert.That(html, Does.Contain(bounded.Cut), "the HTML report says what was cut");

        string classroom = Export(new ClassroomExporter(), result);
        Assert.That(classroom.Length, Is.LessThan(MaxClassroomBytes), "the Classroom payloads");
        Assert.That(string.Concat(Exporting.ClassroomExporterTests.Decode(classroom).Values.Select(p => p.ToString())), Does.Contain(bounded.Cut), "classroom");
        foreach (IResultExporter exporter in new IResultExporter[] { new GradescopeExporter(), new JUnitExporter(), new MarkdownSummaryExporter() })
        {
            string text = Export(exporter, result);
            Assert.That(Bytes(text), Is.LessThan(MaxBytes), exporter.Format);
            Assert.That(text.Replace("\\", ""), Does.Contain(bounded.Cut.Replace("\\", "")), $"{exporter.Format} says what was cut");
        }
    }
}
