using Grading.Core.Checks;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.JUnit;

/// <summary>One submission's result graded, and the same assignment's result when nothing compiled: the same
/// sections and checks, every outcome different. A written section's answers are one outcome per question when it
/// ran, one "answers" outcome when it did not (as SectionScorer.NotRun gives them).</summary>
internal static class JUnitSamples
{
    public const string ThrewError = "1.3 Train threw InvalidOperationException: boom (in Section13.Train, Sub/Section13.cs line 69)";

    public static GradingResult Graded() => SampleResults.Result(
    [
        SampleResults.Section("1.2", 10, 30, SectionStatus.Partial, failedMessage: "no TorchSharp.", raw: SampleResults.Diverged()),
        SampleResults.Section("1.3", 0, 25, SectionStatus.Error, error: ThrewError, failedMessage: "not checked: the section did not run to the end (see its error)."),
        Written(ran: true),
    ]);

    public static GradingResult NotCompiled()
    {
        const string Error = "the submission does not compile (2 errors; first: A.cs(12,5): error CS0029: Cannot implicitly convert type 'string' to 'int').";
        var graded = Graded();
        var sections = graded.Sections.Select(s => s.Id == "1.5" ? Written(ran: false) : s with
        {
            Score = 0, Status = SectionStatus.Error, Error = Error,
            Checks = s.Checks.Select(c => c with { Passed = false, Pending = false, Points = 0, Message = "not checked: the section did not run to the end (see its error)." }).ToList(),
        }).ToList();
        return graded with { Compilation = SampleResults.NotCompiled(), Sections = sections, Score = 0, PendingPoints = 0 };
    }

    private static SectionResult Written(bool ran)
    {
        var section = SampleResults.Section("1.5", 0, 15, ran ? SectionStatus.Pending : SectionStatus.Error, pending: ran ? 15 : 0);
        IReadOnlyList<CheckOutcome> checks = ran
            ? [.. Enumerable.Range(1, 3).Select(q => new CheckOutcome($"answer {q}", "answers", true, true, 0, 5, $"answered ({q * 40} words); pending a TA's grade."))]
            : [new CheckOutcome("answers", "answers", false, false, 0, 15, "not checked: the section did not run to the end (see its error).")];
        return section with { Checks = checks, Error = ran ? null : "not run", Title = "Conclusions" };
    }
}
