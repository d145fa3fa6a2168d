using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Gradescope;

/// <summary><c>--format gradescope</c>: the results.json a Gradescope autograder writes (see gradescope/run_autograder).</summary>
public sealed class GradescopeExporter : IResultExporter
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public string Format => "gradescope";

    public void Export(GradingResult result, TextWriter writer) => writer.Write(JsonSerializer.Serialize(Results(result), Options));

    public static GradescopeResults Results(GradingResult result)
    {
        var summary = new StringWriter();
        new TextSummaryExporter().Export(result, summary);
        var tests = result.Sections.Select(s => new GradescopeTest(
            SectionVerdicts.Name(s), s.Id, s.Score, s.MaxScore, SectionVerdicts.Passed(s) ? "passed" : "failed",
            SectionVerdicts.Message(s) + "\n\n" + SectionVerdicts.Details(s), "visible")).ToList();
        return new GradescopeResults(result.Score, (int)Math.Ceiling(result.Timing.TotalMs / 1000), summary.ToString(), tests);
    }
}
