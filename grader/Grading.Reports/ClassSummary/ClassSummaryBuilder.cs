using System.Globalization;
using Grading.Core.Bulk;
using Grading.Core.Exporting.Gradebook;
using Grading.Core.Results;

namespace Grading.Reports.ClassSummary;

/// <summary>Computes the class summary's figures from the gradebook.</summary>
internal static class ClassSummaryBuilder
{
    private const int HistogramBins = 10;
    private const int FailuresShown = 20;

    public static ClassSummaryView Build(ClassGradebook gradebook, IReadOnlyList<string> gradebookWarnings)
    {
        var results = gradebook.Entries.Where(e => e.Result is not null).Select(e => e.Result!).ToList();
        var scores = results.Select(r => r.Score).Order().ToList();
        return new ClassSummaryView
        {
            AssignmentTitle = gradebook.AssignmentTitle,
            AssignmentId = gradebook.AssignmentId,
            MaxScore = Num(gradebook.MaxScore),
            Students = gradebook.Entries.Count,
            StudentsNoun = CountText.Noun(gradebook.Entries.Count, "student"),
            PointsNoun = CountText.Noun(gradebook.MaxScore == 1 ? 1 : 2, "point"),
            GradebookWarnings = gradebookWarnings,
            Graded = results.Count,
            Errors = gradebook.Entries.Count(e => e.Status == StudentStatus.Error),
            Missing = gradebook.Entries.Count(e => e.Status == StudentStatus.Missing),
            MeanScore = scores.Count > 0 ? Num(scores.Average()) : "–",
            MedianScore = scores.Count > 0 ? Num(Quantile(scores, 0.5)) : "–",
            Bins = Histogram(scores, gradebook.MaxScore),
            Sections = results.SelectMany(r => r.Sections).GroupBy(s => s.Id)
                .Select(g => Rate(g.Key, g.First().Title, g.Count(s => s.Status == SectionStatus.Passed || s.Status == SectionStatus.Pending), g.Count(), g.Average(s => s.Score)))
                .ToList(),
            Checks = results.SelectMany(r => r.Sections).SelectMany(s => s.Checks.Select(c => (Section: s.Id, Check: c))).GroupBy(x => (x.Section, x.Check.Name))
                .Select(g => Rate(g.Key.Section, g.Key.Name, g.Count(x => x.Check.Passed), g.Count(), g.Average(x => x.Check.Points)))
                .ToList(),
            // Each student counts once per problem: six empty answers are one student, not six.
            Failures = results.SelectMany(r => Problems(r).Distinct()).GroupBy(p => p)
                .Select(g => new FailureView(g.Key.Section, g.Key.Message, g.Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Section, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)
                .Take(FailuresShown).ToList(),
            Times = results.SelectMany(r => r.Sections).GroupBy(s => s.Id).Select(g =>
            {
                var ms = g.Select(s => s.DurationMs).Order().ToList();
                return new SectionTimeView(g.Key, Seconds(Quantile(ms, 0.5)), Seconds(Quantile(ms, 0.9)), Seconds(ms[^1]));
            }).ToList(),
            Errored = gradebook.Entries.Where(e => e.Status == StudentStatus.Error).Select(e => new ErroredView(e.Student.Id, e.Error ?? "")).ToList(),
            Questions = WrittenAnswers.Build(gradebook),
            Rows = gradebook.Entries.Select(Row).ToList(),
        };
    }

    /// <summary>What the summary calls a submission that does not compile: one problem for the whole submission.</summary>
    internal const string NotCompiled = "the submission does not compile (each student's report lists the errors)";

    internal const string WholeSubmission = "all";

    /// <summary>
    /// A student's problems: a compile error once for the whole submission (every section carries it, each with the
    /// student's own first error, which would list one row per section and student); otherwise each failed check's
    /// message, or a section's error once (its checks then all say "not checked").
    /// </summary>
    private static IEnumerable<(string Section, string Message)> Problems(GradingResult result) =>
        !result.Compilation.Succeeded ? [(WholeSubmission, NotCompiled)] : result.Sections.SelectMany(Problems);

    private static IEnumerable<(string Section, string Message)> Problems(SectionResult section) =>
        section.Error is { } error ? [(section.Id, error)] : section.Checks.Where(c => !c.Passed).Select(c => (section.Id, c.Message));

    private static PassRateView Rate(string section, string name, int passed, int total, double meanPoints) =>
        new(section, name, passed, total, total == 0 ? "–" : Num(100.0 * passed / total), Num(meanPoints));

    private static List<ScoreBinView> Histogram(IReadOnlyList<double> scores, double max)
    {
        double width = max > 0 ? max / HistogramBins : 1;
        var counts = new int[HistogramBins];
        foreach (double score in scores) counts[Math.Clamp((int)Math.Floor(score / width), 0, HistogramBins - 1)]++;
        int widest = Math.Max(1, counts.Max());
        return counts.Select((count, i) => new ScoreBinView(
            i == HistogramBins - 1 ? $"{Num(i * width)}–{Num(max)}" : $"{Num(i * width)}–<{Num((i + 1) * width)}", count,
            Num(100.0 * count / widest))).Reverse().ToList();
    }

    private static StudentRowView Row(GradebookEntry e) => new(
        e.Student.Id, e.Student.Name, e.Student.Section, e.Status.ToString().ToLowerInvariant(),
        e.Result is { } r ? $"{Num(r.Score)}/{Num(r.MaxScore)}" + (r.PendingPoints > 0 ? $" (+{Num(r.PendingPoints)} pending)" : "") : "–",
        e.ReportPath, e.Note ?? "");

    internal static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        double position = q * (sorted.Count - 1);
        int low = (int)Math.Floor(position);
        int high = Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    internal static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture);
}
