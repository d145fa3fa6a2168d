namespace Grading.Core.Audit;

/// <summary>How one section graded a mutant, beside the reference's grade of it.</summary>
/// <param name="Outcome">How the section's code ended (completed, threw, timed_out, crashed, ...).</param>
/// <param name="PassedChecks">The checks it passed: for a survivor, the checks that did not notice.</param>
/// <param name="FailedChecks">The checks that noticed, with their messages (what a student would read).</param>
public sealed record MutantSectionGrade(
    string Id, double Score, double MaxScore, double ReferenceScore, string Outcome, string? Error,
    IReadOnlyList<string> PassedChecks, IReadOnlyList<MutantCheck> FailedChecks);
