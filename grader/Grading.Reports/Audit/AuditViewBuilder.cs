using System.Globalization;
using Grading.Core.Audit;
using Grading.Core.Exporting.Text;

namespace Grading.Reports.Audit;

/// <summary>
/// Projects an audit report into the page's view: counts and scores formatted, survivors and killed mutants grouped
/// under every section whose code they change (as the per-section table counts them), diffs split into marked lines.
/// </summary>
internal static class AuditViewBuilder
{
    public static AuditView Build(AuditReport report)
    {
        var sections = SectionOrder(report);
        var below = report.BelowThreshold.Select(s => s.Section).ToHashSet(StringComparer.Ordinal);
        var survivors = report.Mutants.Where(m => m.Status == MutantStatus.Survived).ToList();
        var killed = report.Mutants.Where(m => m.Status == MutantStatus.Killed).ToList();
        var survivorGroups = sections
            .Select(s => new SurvivorGroupView(s.Id, s.Title, Anchor(s.Id), In(survivors, s.Id).Select(m => Survivor(m, s.Id)).ToList()))
            .Where(g => g.Survivors.Count > 0).ToList();
        var withSurvivors = survivorGroups.Select(g => g.Section).ToHashSet(StringComparer.Ordinal);
        return new AuditView
        {
            AssignmentTitle = report.AssignmentTitle,
            AssignmentId = report.Assignment,
            AuditedAt = report.AuditedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            GraderVersion = report.GraderVersion,
            Operators = string.Join(", ", report.Operators),
            Jobs = report.Jobs,
            WallTime = WallTime(report.WallSeconds),
            Graded = report.Graded,
            Resumed = report.Resumed,
            Threshold = report.Threshold is { } t ? Percent(t) : "",
            Verdict = report.Threshold is null ? "none" : below.Count == 0 ? "passed" : "failed",
            VerdictText = VerdictText(report),
            Sections = report.Sections.Select(s => Row(s, below.Contains(s.Section), withSurvivors.Contains(s.Section) ? Anchor(s.Section) : "")).ToList(),
            Total = Row(report.Total, false, ""),
            SurvivorCount = survivors.Count,
            SurvivorGroups = survivorGroups,
            Stopped = report.Mutants.Where(m => m.Status is MutantStatus.TimedOut or MutantStatus.Crashed).Select(Stopped).ToList(),
            Equivalent = Listed(report, MutantStatus.Equivalent, m => m.EquivalentReason ?? ""),
            KilledGroups = sections
                .Select(s => new KilledGroupView(s.Id, s.Title, In(killed, s.Id).Select(m => Killed(m, s.Id)).ToList()))
                .Where(g => g.Killed.Count > 0).ToList(),
            KilledCount = killed.Count,
            NotCompiled = Listed(report, MutantStatus.NotCompiled, m => m.CompileError ?? ""),
            Unreached = Listed(report, MutantStatus.Unreached, _ => ""),
        };
    }

    /// <summary>The audited sections in the spec's order, then any section a mutant names that the table lacks, so no mutant goes unlisted.</summary>
    private static List<(string Id, string Title)> SectionOrder(AuditReport report)
    {
        var order = report.Sections.Select(s => (Id: s.Section, s.Title)).ToList();
        foreach (string id in report.Mutants.SelectMany(m => m.Mutant.Sections).Distinct(StringComparer.Ordinal))
            if (order.All(s => s.Id != id)) order.Add((id, ""));
        return order;
    }

    private static IEnumerable<MutantResult> In(IEnumerable<MutantResult> results, string section) =>
        results.Where(m => m.Mutant.Sections.Contains(section, StringComparer.Ordinal));

    private static SurvivorView Survivor(MutantResult result, string section) => new()
    {
        Id = result.Mutant.Id,
        Operator = result.Mutant.Operator,
        Description = result.Mutant.Description,
        Location = Location(result.Mutant),
        Member = result.Mutant.Member,
        DiffLines = DiffLineView.Split(result.Mutant.Diff),
        PassedChecks = Grade(result, section)?.PassedChecks ?? [],
        Graded = Grade(result, section) is not null,
        AlsoIn = string.Join(", ", result.Mutant.Sections.Where(s => s != section)),
        Resumed = result.Resumed,
    };

    /// <summary>The first check that noticed, in this section if it did, else in another section the mutant reaches.</summary>
    private static KilledMutantView Killed(MutantResult result, string section)
    {
        var own = Grade(result, section);
        var noticed = own is { FailedChecks.Count: > 0 } ? own : result.Sections.FirstOrDefault(g => g.FailedChecks.Count > 0);
        var (check, message) = noticed is null
            ? ("", result.Sections.Select(g => g.Error).FirstOrDefault(e => e is not null) ?? "lost points without a failed check")
            : (noticed.Id == section ? noticed.FailedChecks[0].Name : $"{noticed.Id}: {noticed.FailedChecks[0].Name}", noticed.FailedChecks[0].Message);
        return new KilledMutantView(result.Mutant.Id, result.Mutant.Description, Location(result.Mutant), check, message);
    }

    private static StoppedMutantView Stopped(MutantResult result)
    {
        string outcome = result.Status == MutantStatus.TimedOut ? "timed_out" : "crashed";
        var grade = result.Sections.FirstOrDefault(g => g.Outcome == outcome) ?? result.Sections.FirstOrDefault(g => g.Error is not null);
        return new StoppedMutantView(result.Mutant.Id, result.Status == MutantStatus.TimedOut ? "timed out" : "crashed",
            result.Mutant.Description, Location(result.Mutant), grade?.Id ?? "", grade?.Error ?? grade?.Outcome ?? "");
    }

    private static List<ListedMutantView> Listed(AuditReport report, MutantStatus status, Func<MutantResult, string> note) =>
        report.Mutants.Where(m => m.Status == status)
            .Select(m => new ListedMutantView(m.Mutant.Id, m.Mutant.Description, Location(m.Mutant), note(m))).ToList();

    private static MutantSectionGrade? Grade(MutantResult result, string section) => result.Sections.FirstOrDefault(g => g.Id == section);

    private static AuditRowView Row(SectionAuditScore s, bool below, string anchor) => new(
        s.Section, s.Title, s.Mutants, s.Killed, s.Survived, s.TimedOut, s.Crashed, s.NotCompiled, s.Equivalent, s.Unreached,
        s.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "–", below, anchor);

    private static string VerdictText(AuditReport report)
    {
        if (report.Threshold is not { } threshold) return "No threshold was asked for (--threshold), so the audit neither passes nor fails.";
        var below = report.BelowThreshold;
        return below.Count == 0
            ? $"Passed: every section's mutation score is at least {Percent(threshold)}."
            : $"Failed: {Counted.Of(below.Count, "section")} below {Percent(threshold)} ({string.Join(", ", below.Select(s => $"{s.Section} {s.Title}".TrimEnd()))}).";
    }

    internal static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string WallTime(double seconds) => seconds < 60
        ? seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)(seconds / 60)} min {(int)(seconds % 60):00} s");

    private static string Location(Mutant mutant) => string.Create(CultureInfo.InvariantCulture, $"{mutant.File}:{mutant.Line}");

    /// <summary>An element id from a section id ("1.3" → "survivors-1-3"); the id is the spec's, but only letters, digits, - and _ pass.</summary>
    private static string Anchor(string section) =>
        "survivors-" + new string(section.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
