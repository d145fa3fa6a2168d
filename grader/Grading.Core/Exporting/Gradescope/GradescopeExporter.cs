using System.Text.Json;
using System.Text.Json.Serialization;
using Grading.Core.Exporting.Text;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Gradescope;

/// <summary>
/// <c>--format gradescope</c>: the results.json a Gradescope autograder writes (see gradescope/run_autograder). Every
/// text is shown as written: the top-level summary as a Markdown code block, each test's output and name as plain
/// text. Points that wait for a TA are not the autograder's: a test shows the points the grader decided, and a section
/// whose points all wait for a TA is an informational test with no score or status (README, "Gradescope").
/// </summary>
public sealed class GradescopeExporter : IResultExporter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format => "gradescope";

    public void Export(GradingResult result, TextWriter writer) => writer.Write(JsonSerializer.Serialize(Results(result), Options));

    public static GradescopeResults Results(GradingResult result)
    {
        var summary = new StringWriter();
        new TextSummaryExporter().Export(result, summary);
        return new GradescopeResults(result.Score, (int)Math.Ceiling(result.Timing.TotalMs / 1000), CodeBlock(summary.ToString()), "md", "text", "text",
            result.Sections.Select(Test).ToList());
    }

    private static GradescopeTest Test(SectionResult section)
    {
        double graded = section.MaxScore - section.PendingPoints;
        bool allPending = section.PendingPoints > 0 && graded <= 0;
        string name = SectionVerdicts.Name(section) + (section.PendingPoints > 0 ? $" ({SectionVerdicts.Number(section.PendingPoints)} points for a TA to grade)" : "");
        var parts = new List<string> { SectionVerdicts.Message(section), SectionVerdicts.Details(section) };
        if (GradescopeFigureText.Of(section) is { } figures) parts.Add(figures);
        return new GradescopeTest(TerminalText.Line(name), "text", section.Id,
            allPending ? null : section.Score, allPending ? null : graded, allPending ? null : SectionVerdicts.Passed(section) ? "passed" : "failed",
            TerminalText.Lines(string.Join("\n\n", parts)), "text", "visible");
    }

    /// <summary>An indented code block: every line four spaces in, so no line of it (student text included) can end the
    /// block or become Markdown or HTML; the renderer escapes <c>&lt;</c> and <c>&amp;</c> in it.</summary>
    private static string CodeBlock(string text) =>
        string.Join("\n", text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => "    " + line));
}
