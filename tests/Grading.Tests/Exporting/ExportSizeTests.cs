using System.Text;
using Grading.Core.Checks;
using Grading.Core.Compiling;
using Grading.Core.Exporting;
using Grading.Core.Exporting.Classroom;
using Grading.Core.Exporting.Gradescope;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Exporting.Markdown;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting;

/// <summary>A result at its worst (a long message in every check of twenty sections, thousands of compiler errors,
/// output at its limit) still exports within a few MB, and the Classroom payload within GitHub's 1 MB step output.</summary>
public class ExportSizeTests
{
    private static readonly string Long = "start " + new string('m', 200_000) + " end";

    private static GradingResult Worst()
    {
        var sections = Enumerable.Range(1, 20).Select(i =>
        {
            var section = SampleResults.Section($"1.{i}", 0, 10, SectionStatus.Error, error: Long);
            var checks = Enumerable.Range(0, 10).Select(c => new CheckOutcome($"check {c}", "values", false, false, 0, 1, Long)).ToList();
            return section with { Checks = checks, Output = new string('o', 64 * 1024) };
        }).ToList();
        var errors = Enumerable.Range(0, 5000).Select(i => new CompilerDiagnostic("A.cs", i, 1, "error", "CS0103", Long[..2000], "z++;")).ToList();
        return SampleResults.Result(sections, new CompilationReport(false, 1, ["A.cs"], errors));
    }

    [Test]
    public void Export_WorstResult_StaysWithinAFewMegabytes()
    {
        var result = Worst();
        foreach (IResultExporter exporter in new IResultExporter[] { new GradescopeExporter(), new JUnitExporter(), new MarkdownSummaryExporter(), new TextSummaryExporter() })
            Assert.That(Encoding.UTF8.GetByteCount(ExportSamples.Export(exporter, result)), Is.LessThan(3 << 20), exporter.Format);
    }

    [Test]
    public void Classroom_WorstResult_StaysUnderGitHubsStepOutputLimit()
    {
        string exported = ExportSamples.Export(new ClassroomExporter(), Worst());
        foreach (string line in exported.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.That(line.Length - line.IndexOf('=') - 1, Is.LessThanOrEqualTo(ClassroomExporter.MaxPayloadChars), line[..line.IndexOf('=')]);
        string json = ClassroomExporterTests.Decode(exported)["lost"].ToString();
        Assert.That(json, Does.Contain("start m").And.Contain("m end"), "a clipped message keeps its start and end");
    }

    [Test]
    public void Markdown_ThousandsOfCompilerErrors_ListsFiftyAndCountsTheRest()
    {
        string markdown = ExportSamples.Export(new MarkdownSummaryExporter(), Worst());
        Assert.That(markdown, Does.Contain("… and 4950 more"));
    }
}
