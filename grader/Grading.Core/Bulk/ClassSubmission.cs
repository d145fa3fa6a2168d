namespace Grading.Core.Bulk;

/// <summary>One student of the class and what they handed in.</summary>
/// <param name="Source">Their folder or zip; null when the roster lists them and nothing was handed in, or their files were refused.</param>
/// <param name="Note">Something course staff should know (e.g. the folder matched no one on the roster).</param>
/// <param name="Refusal">Why their files in the class zip were not extracted (a symbolic link, a zip bomb, …), in words
/// for the student; such a student is recorded as not gradable, with this reason, and costs nobody else anything.</param>
public sealed record ClassSubmission(RosterEntry Student, string? Source, string? Note = null, string? Refusal = null);
