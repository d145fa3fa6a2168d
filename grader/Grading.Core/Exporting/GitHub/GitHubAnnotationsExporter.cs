using System.Globalization;
using Grading.Core.Results;

namespace Grading.Core.Exporting.GitHub;

/// <summary>
/// <c>--format github</c>: workflow commands that a GitHub Actions step prints to turn a result into annotations:
/// an error on each compile error's line and each broken rule's line, a warning for each section that lost points
/// (its points and first problem), and a notice with the grade. Nothing else is printed, so every line is a command
/// whose student text is escaped (<see cref="WorkflowCommand"/>). GitHub keeps at most 10 annotations of each kind
/// per step, so each kind is cut at <see cref="PerKind"/>, the last one saying how many more there were.
/// </summary>
public sealed class GitHubAnnotationsExporter : IResultExporter
{
    /// <summary>GitHub's limit of annotations of one kind (error, warning, notice) from one step.</summary>
    public const int PerKind = 10;

    public string Format => "github";

    public void Export(GradingResult result, TextWriter writer)
    {
        foreach (string line in Capped("error", Errors(result))) writer.WriteLine(line);
        foreach (string line in Capped("warning", Warnings(result))) writer.WriteLine(line);
        foreach (string line in Capped("notice", Notices(result))) writer.WriteLine(line);
    }

    private static IEnumerable<Annotation> Errors(GradingResult result)
    {
        foreach (var d in result.Compilation.Diagnostics.Where(d => d.Severity == "error"))
            yield return new Annotation($"Does not compile ({d.Id})", ExportText.Clip(d.Message), d.File, d.Line, d.Column);
        foreach (var section in result.Sections)
            foreach (var v in section.Raw.RuleViolations.Where(v => !v.CouldNotTell))
                yield return new Annotation($"Rule broken in {SectionVerdicts.Name(section)}", ExportText.Clip(v.Message), v.File, v.Line, v.Column);
    }

    private static IEnumerable<Annotation> Warnings(GradingResult result) =>
        result.Sections.Where(s => !SectionVerdicts.Passed(s)).Select(s => new Annotation(
            $"{SectionVerdicts.Name(s)}: {SectionVerdicts.Number(s.Score)}/{SectionVerdicts.Number(s.MaxScore)} points ({s.Status.ToString().ToLowerInvariant()})",
            ExportText.Clip(s.FirstProblem ?? "points lost; the report has the details.")));

    private static IEnumerable<Annotation> Notices(GradingResult result)
    {
        string pending = result.PendingPoints > 0 ? $"; {SectionVerdicts.Number(result.PendingPoints)} points wait for a TA's grade (written answers)" : "";
        yield return new Annotation($"Grade: {SectionVerdicts.Number(result.Score)}/{SectionVerdicts.Number(result.MaxScore)}",
            $"{SectionVerdicts.Number(result.Score)}/{SectionVerdicts.Number(result.MaxScore)} points{pending}. The job summary has every section; the grading artifact has the report.");
        foreach (var section in result.Sections)
            foreach (var v in section.Raw.RuleViolations.Where(v => v.CouldNotTell))
                yield return new Annotation($"Rule not checked in {SectionVerdicts.Name(section)} (no points lost)", ExportText.Clip(v.Message), v.File, v.Line, v.Column);
    }

    private static IEnumerable<string> Capped(string kind, IEnumerable<Annotation> annotations)
    {
        var all = annotations.ToList();
        var shown = all.Count <= PerKind ? all : all.Take(PerKind - 1).Append(new Annotation($"{all.Count - PerKind + 1} more", "The job summary and the report list the rest.")).ToList();
        return shown.Select(a => a.Command(kind));
    }

    private sealed record Annotation(string Title, string Message, string File = "", int Line = 0, int Column = 0)
    {
        public string Command(string kind) => WorkflowCommand.Format(kind,
        [
            ("file", File), ("line", Number(Line)), ("col", Number(Column)), ("title", Title),
        ], Message);

        private static string Number(int value) => value > 0 ? value.ToString(CultureInfo.InvariantCulture) : "";
    }
}
