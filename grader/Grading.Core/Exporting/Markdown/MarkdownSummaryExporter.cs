using Grading.Core.Results;

namespace Grading.Core.Exporting.Markdown;

/// <summary>
/// <c>--format markdown</c>: the summary a CI job appends to <c>$GITHUB_STEP_SUMMARY</c>: the score, then a
/// table of sections with the first problem of each. Student text goes through <see cref="MarkdownText"/>, so it
/// can neither break the table nor become markup (HTML, a link, an image), notify anyone or link an issue.
/// </summary>
public sealed class MarkdownSummaryExporter : IResultExporter
{
    private const int MessageWidth = 300;

    public string Format => "markdown";

    public void Export(GradingResult result, TextWriter writer)
    {
        writer.WriteLine($"## {MarkdownText.Inline(result.AssignmentTitle)}: {SectionVerdicts.Number(result.Score)}/{SectionVerdicts.Number(result.MaxScore)}");
        writer.WriteLine();
        if (result.PendingPoints > 0) writer.WriteLine($"{SectionVerdicts.Number(result.PendingPoints)} points wait for a TA's grade (written answers).\n");
        // An ungraded result (check's exit 2) has no compiler errors: its sections say why.
        if (!result.Compilation.Succeeded && result.Compilation.Diagnostics.Any(d => d.Severity == "error"))
        {
            writer.WriteLine("**The submission does not compile:**\n");
            foreach (string error in ExportText.Listed(result.Compilation.Diagnostics.Where(d => d.Severity == "error").Select(d => d.ToString()).ToList()))
                writer.WriteLine($"- {MarkdownText.Inline(error)}");
            writer.WriteLine();
        }
        writer.WriteLine("| Section | Points | Status | Time | First problem |");
        writer.WriteLine("|---|---|---|---|---|");
        foreach (var s in result.Sections)
        {
            string points = $"{SectionVerdicts.Number(s.Score)}/{SectionVerdicts.Number(s.MaxScore)}" + (s.PendingPoints > 0 ? $" (+{SectionVerdicts.Number(s.PendingPoints)} pending)" : "");
            string status = (SectionVerdicts.Passed(s) ? "✅ " : "❌ ") + s.Status.ToString().ToLowerInvariant();
            writer.WriteLine($"| {MarkdownText.Inline(SectionVerdicts.Name(s))} | {points} | {status} | {SectionVerdicts.Seconds(s.DurationMs)} s | {MarkdownText.Inline(Shorten(s.FirstProblem ?? ""))} |");
        }
        writer.WriteLine();
        foreach (var s in result.Sections)
            if (ExportText.Cuts(s, MessageWidth) is { } cuts) writer.WriteLine($"- {MarkdownText.Inline(s.Id)}: {MarkdownText.Inline(cuts)}");
        if (result.Sections.Any(s => s.Raw.Cuts is { Count: > 0 })) writer.WriteLine();
        writer.WriteLine($"Device: {MarkdownText.Inline(result.Environment.DeviceNote)}. Grader {MarkdownText.Inline(result.Environment.GraderVersion)}.");
    }

    private static string Shorten(string message)
    {
        string line = message.ReplaceLineEndings(" ");
        return line.Length <= MessageWidth ? line : line[..(MessageWidth - 1)] + "…";
    }
}
