using Grading.Core.Results;

namespace Grading.Core.Bulk;

/// <summary>One student's line in the gradebook: who, how grading went, and their result when graded.</summary>
/// <param name="ReportPath">The student's HTML report, relative to the bulk output folder (null when not graded).</param>
public sealed record GradebookEntry(RosterEntry Student, StudentStatus Status, GradingResult? Result, string? Error, string? Note, string? ReportPath);
