using Grading.Core.Results;

namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// The grade as three runners of <c>classroom-resources/autograding-grading-reporter@v1</c>: <c>earned</c>, <c>lost</c>
/// and <c>pending</c>. The reporter adds up two different totals (both cited from its source at v1, 43c2d9f):
/// the log's table counts passed tests, <c>(tests with status "pass" / all tests) × max_score</c> per runner
/// (src/helpers/test-helpers.js lines 11-18, summed in src/aggregate-results.js lines 30-36), while the grade it
/// sends Classroom sums <c>tests[].score</c> out of <c>max_score</c> (src/notify-classroom.js lines 6-21). One runner
/// with a test per section cannot make both equal a partial grade: 85 of 100 with 15 pending read "100/100" in the
/// log. Here every test of <c>earned</c> passes with its points (max_score = the score), every test of <c>lost</c> and
/// <c>pending</c> does not pass and scores 0 (max_score = the points lost, the points waiting for a TA), so both of
/// the reporter's totals are the grade, and pending points never show as passed.
/// </summary>
public static class ClassroomRunners
{
    public const string Earned = "earned";
    public const string Lost = "lost";
    public const string Pending = "pending";

    /// <summary>The runners, in the order the workflow names them (<c>runners: earned,lost,pending</c>).</summary>
    public static readonly IReadOnlyList<string> Names = [Earned, Lost, Pending];

    public static IReadOnlyList<(string Runner, ClassroomPayload Payload)> Create(GradingResult result, int messageChars)
    {
        var sections = result.Sections;
        var earned = sections.Where(s => s.Score > 0).Select(s => Test(result, s, $"{Points(s.Score)} of {Points(s.MaxScore)} points", "pass", s.Score, messageChars)).ToList();
        // A section that could not run is listed even when it was worth nothing: its error is the reason the run failed.
        var lost = sections.Where(s => LostPoints(s) > 0 || s.Status == SectionStatus.Error)
            .Select(s => Test(result, s, LostPoints(s) > 0 ? $"{Points(LostPoints(s))} points lost" : "could not run",
                s.Status == SectionStatus.Error ? "error" : "fail", 0, messageChars)).ToList();
        var pending = sections.Where(s => s.PendingPoints > 0).Select(s => Test(result, s, $"{Points(s.PendingPoints)} points wait for a TA's grade",
            Pending, 0, messageChars)).ToList();
        double lostTotal = Round(sections.Sum(LostPoints));
        return
        [
            (Earned, new ClassroomPayload(1, "pass", Round(result.Score), OrPlaceholder(earned, "No points earned", "fail"))),
            (Lost, new ClassroomPayload(1, LostStatus(result), lostTotal, OrPlaceholder(lost, "No points lost", "pass"))),
            (Pending, new ClassroomPayload(1, "pass", Round(result.PendingPoints), OrPlaceholder(pending, "No points wait for a TA", "pass"))),
        ];
    }

    /// <summary>error when a section could not run, fail when points were lost, else pass: the reporter fails the job on
    /// fail or error (src/main.js lines 19-23), as Classroom always did when a test failed.</summary>
    private static string LostStatus(GradingResult result) =>
        result.Sections.Any(s => s.Status == SectionStatus.Error) ? "error" : result.Sections.Any(s => LostPoints(s) > 0) ? "fail" : "pass";

    private static double LostPoints(SectionResult s) => Round(s.MaxScore - s.Score - s.PendingPoints);

    // A runner with no tests would make the reporter divide 0 by 0 (test-helpers.js line 17) and print NaN as the total.
    private static IReadOnlyList<ClassroomTest> OrPlaceholder(List<ClassroomTest> tests, string name, string status) =>
        tests.Count > 0 ? tests : [new ClassroomTest(name, status, 0, "", "", "", 0, "0.00s")];

    private static ClassroomTest Test(GradingResult result, SectionResult section, string what, string status, double score, int messageChars)
    {
        var (file, line) = Location(result, section);
        string message = ReporterLog.Lines(SectionVerdicts.Message(section, messageChars));
        // The reporter prints an error's message, and test_code under every test (src/console-results.js lines 23-42): the
        // reason goes in test_code for the other statuses, so the log says once why a section lost points.
        string reason = status is "pass" or "error" ? "" : message;
        return new ClassroomTest(ReporterLog.Name($"{SectionVerdicts.Name(section)}: {what}"), status, Round(score), message, reason,
            ExportText.Clip(file, 300), line, SectionVerdicts.Seconds(section.DurationMs) + "s");
    }

    /// <summary>Where to look first: the first compile error, else the section's first broken rule; else nowhere.</summary>
    private static (string File, int Line) Location(GradingResult result, SectionResult section)
    {
        if (result.Compilation.Diagnostics.FirstOrDefault(d => d.Severity == "error") is { } error) return (error.File, error.Line);
        return section.Raw.RuleViolations.FirstOrDefault(v => !v.CouldNotTell) is { } violation ? (violation.File, violation.Line) : ("", 0);
    }

    private static string Points(double value) => SectionVerdicts.Number(value);

    private static double Round(double value) => Math.Round(value, 6);
}
