namespace Grading.Core.Grading;

/// <summary>One submission to grade.</summary>
/// <param name="SubmissionFolder">The folder of .cs files, or a .zip of one.</param>
/// <param name="Student">Student identifier; the folder's (or zip's) name when null.</param>
/// <param name="VariantSeed">The seed of the hidden data variant; null derives it (<see cref="Grading.VariantSeed"/>). Tests fix it.</param>
/// <param name="Sections">Run only these sections of this submission (the rest are reported as not run); null runs those
/// the grader's options select. An audit grades each mutant on the sections its change reaches.</param>
public sealed record GradeRequest(string SubmissionFolder, string? Student = null, int? VariantSeed = null, IReadOnlySet<string>? Sections = null);
