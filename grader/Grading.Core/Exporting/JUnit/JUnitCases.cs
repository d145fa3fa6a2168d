using Grading.Core.Exporting.Text;
using System.Text.Json;
using Grading.Core.Checks;
using Grading.Core.Results;

namespace Grading.Core.Exporting.JUnit;

/// <summary>
/// The suites and cases of a result, the same set and names whatever the outcome, so a CI's test history follows each
/// check from run to run: a <c>compilation</c> suite with one case (<c>compiles</c>), then a suite per section with a
/// case saying whether it ran to the end (<c>1.2 runs</c>) and a case per check of the assignment. Points are in the
/// suite's properties and in each message, never in a name. A compile error or a crash changes outcomes, not cases.
/// </summary>
internal static class JUnitCases
{
    /// <summary>The kind of the per-item check (<see cref="AnswersCheck"/>): its outcomes (one per question, or one
    /// when the section did not run) are one case, <c>answers</c>.</summary>
    private const string AnswersKind = "answers";

    public static IEnumerable<JUnitSuite> Suites(GradingResult result) =>
        result.Sections.Select(s => Section(result, s)).Prepend(Compilation(result));

    /// <summary><c>ps1-autograd.section-1-2</c>: readers split a classname at its last dot (Jenkins into package and
    /// class; mikepenz/action-junit-report, src/testParser.ts resolveFileAndLine, takes <c>className.split('.')</c>'s
    /// last part as the file), so the section id's own dots become dashes.</summary>
    public static string ClassName(GradingResult result, string suite) => $"{result.Assignment}.{suite.Replace('.', '-')}";

    private static JUnitSuite Compilation(GradingResult result)
    {
        var compilation = result.Compilation;
        var errors = compilation.Diagnostics.Where(d => d.Severity == "error").ToList();
        string message = compilation.Succeeded
            ? $"{Counted.Of(compilation.Files.Count, "file")} compiled."
            : errors.Count == 0 // an ungraded result (check's exit 2): nothing was compiled, and its sections say why
                ? result.Sections.FirstOrDefault()?.Error ?? "Nothing was compiled."
            : $"The submission does not compile ({Counted.Of(errors.Count, "error")}):\n"
                + string.Join("\n", ExportText.Listed(errors.Select(e => e.ToString()).ToList()));
        var located = errors.Take(ExportText.ListedErrors).Select(e => new SourceLocation(e.File, e.Line, e.Column)).ToList();
        var compiles = new JUnitCase("compiles", compilation.Succeeded ? null : "failure", "compile error", message, null, located, compilation.DurationMs / 1000);
        string? warnings = compilation.Diagnostics.Any(d => d.Severity != "error")
            ? string.Join("\n", ExportText.Listed(compilation.Diagnostics.Where(d => d.Severity != "error").Select(d => d.ToString()).ToList()))
            : null;
        return new JUnitSuite("compilation", ClassName(result, "compilation"), compilation.DurationMs / 1000, [compiles], [], warnings);
    }

    private static JUnitSuite Section(GradingResult result, SectionResult section)
    {
        var runs = section.Error is { } error
            ? new JUnitCase($"{section.Id} runs", "error", JsonNamingPolicy.SnakeCaseLower.ConvertName(section.Raw.Outcome.ToString()), ExportText.Clip(error), null,
                SourceLocation.OfRunError(error) is { } where ? [where] : [], section.DurationMs / 1000)
            : new JUnitCase($"{section.Id} runs", null, null, "ran to the end.", null, [], section.DurationMs / 1000);
        var checks = section.Checks.GroupBy(c => c.Kind == AnswersKind ? AnswersKind : c.Name).Select(g => Check(section, g.Key, g.ToList())).ToList();
        var properties = new List<KeyValuePair<string, string>>
        {
            new("score", Number(section.Score)), new("max_score", Number(section.MaxScore)),
            new("pending_points", Number(section.PendingPoints)), new("status", section.Status.ToString().ToLowerInvariant()),
        };
        properties.AddRange(checks.Select(c => new KeyValuePair<string, string>("points: " + c.Name, c.Points!)));
        return new JUnitSuite(SectionVerdicts.Name(section), ClassName(result, "section-" + section.Id), section.DurationMs / 1000,
            [runs, .. checks], properties, section.Output, ExportText.Cuts(section));
    }

    /// <summary>One check's case. A check that lost points fails; one whose points all wait for a TA is skipped.</summary>
    private static JUnitCase Check(SectionResult section, string name, IReadOnlyList<CheckOutcome> outcomes)
    {
        double points = outcomes.Sum(c => c.Points), max = outcomes.Sum(c => c.MaxPoints);
        double pending = outcomes.Where(c => c.Pending).Sum(c => c.MaxPoints);
        string? outcome = outcomes.Any(c => !c.Passed) ? "failure" : pending > 0 ? "skipped" : null;
        string head = $"{Number(points)}/{Number(max)} points" + (pending > 0 ? $", {Number(pending)} waiting for a TA's grade" : "");
        string message = outcomes.Count == 1
            ? $"{head}: {ExportText.Clip(outcomes[0].Message)}"
            : head + ":\n" + string.Join("\n", outcomes.Select(c =>
                $"{c.Name} {Number(c.Points)}/{Number(c.MaxPoints)} ({(c.Pending ? "pending" : c.Passed ? "pass" : "fail")}): {ExportText.Clip(c.Message, 500)}"));
        // The rules check names the broken rules; the run knows where each was broken.
        var located = outcome == "failure" && outcomes[0].Kind == "rules"
            ? section.Raw.RuleViolations.Where(v => !v.CouldNotTell).Take(ExportText.ListedErrors).Select(v => new SourceLocation(v.File, v.Line, v.Column)).ToList()
            : [];
        return new JUnitCase($"{section.Id} {name}", outcome, outcomes[0].Kind, message, $"{Number(points)}/{Number(max)}", located);
    }

    private static string Number(double value) => SectionVerdicts.Number(value);
}
