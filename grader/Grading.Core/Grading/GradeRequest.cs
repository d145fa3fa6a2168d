namespace Grading.Core.Grading;

/// <summary>One submission to grade.</summary>
/// <param name="SubmissionFolder">The folder of .cs files, or a .zip of one.</param>
/// <param name="Student">Student identifier; the folder's (or zip's) name when null.</param>
public sealed record GradeRequest(string SubmissionFolder, string? Student = null);
