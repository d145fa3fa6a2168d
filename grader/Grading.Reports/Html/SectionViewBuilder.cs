using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Reports.Html;

/// <summary>Builds one section's part of the report: checks, the harness's tables and charts, rule
/// violations, answers and output.</summary>
internal static class SectionViewBuilder
{
    public static SectionView Build(SectionResult section, DeviceComparison? devices = null) => new()
    {
        Id = section.Id,
        Anchor = "section-" + section.Id.Replace('.', '-'),
        Title = section.Title,
        Points = $"{Display.Points(section.Score)}/{Display.Points(section.MaxScore)}",
        PendingPoints = Display.Points(section.PendingPoints),
        HasPending = section.PendingPoints > 0,
        Status = Display.Status(section.Status),
        StatusSymbol = Display.Symbol(section.Status),
        Time = Display.Seconds(section.DurationMs),
        // A ratio only means something for a run that finished.
        TimeRatio = section.Raw.Outcome == RunOutcome.Completed ? Display.Ratio(section.DurationMs, section.ReferenceDurationMs) : "",
        Device = section.Device,
        Error = section.Error,
        FirstProblem = section.FirstProblem,
        Checks = section.Checks.Select(Check).ToList(),
        Tables = FigureTables.For(section.Figures),
        Violations = section.Raw.RuleViolations.Select(v => new ViolationView($"{v.File}({v.Line},{v.Column})", v.Code, v.Message)).ToList(),
        Answers = Answers(section),
        Plots = FigurePlots.For(section),
        Output = section.Output,
        HasOutput = section.Output.Length > 0,
        OutputNote = section.OutputTruncatedChars > 0
            ? section.OutputTruncatedChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters were cut from the middle of this output."
            : "",
        // The output has its own note beside it; every other cut is listed under the error.
        Cuts = (section.Raw.Cuts ?? []).Where(c => c.Field != "output").Select(c => c.Note).ToList(),
        Advice = section.Raw.Advice ?? [],
        DeviceRuns = DeviceRunViews.For(section),
        DeviceDisagreements = devices?.Disagreements.Where(d => d.Section == section.Id).Select(d => d.Message).ToList() ?? [],
    };

    private static CheckView Check(Core.Checks.CheckOutcome c)
    {
        var (verdict, symbol) = c.Pending ? ("pending", "…") : c.Passed ? ("passed", "✔") : ("failed", "✘");
        string points = c.Pending ? $"–/{Display.Points(c.MaxPoints)}" : $"{Display.Points(c.Points)}/{Display.Points(c.MaxPoints)}";
        var compared = (c.Compared ?? []).Select(v => new ComparedRow(v.Name, Value(v.Submitted), Value(v.Expected),
            v.Submitted is { } s && v.Expected is { } e ? Display.Small(s - e) : "–", v.Tolerance is { } t ? Display.Small(t) : "–", v.Ok)).ToList();
        return new CheckView(c.Name, verdict, symbol, points, c.Message, compared);
    }

    private static string Value(double? value) => value is { } v ? Display.Number(v) : "missing";

    private static List<AnswerView> Answers(SectionResult section)
    {
        if (section.Questions is not { } questions) return [];
        var answers = section.Raw.Answers ?? [];
        return questions.Select((q, i) =>
        {
            var check = section.Checks.FirstOrDefault(c => c.Name == $"answer {i + 1}");
            // A pending check's message already says it awaits a TA ("answered (n words); pending a TA's grade."):
            // no verdict word, or the line would say it twice.
            string verdict = check is null || check.Pending ? "" : check.Passed ? "passed" : "not accepted";
            return new AnswerView((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), q,
                i < answers.Count ? answers[i] : "", verdict, check?.Message ?? "");
        }).ToList();
    }
}
