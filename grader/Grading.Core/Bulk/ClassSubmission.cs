namespace Grading.Core.Bulk;

/// <summary>One student of the class and what they handed in.</summary>
/// <param name="Source">Their folder or zip; null when the roster lists them and nothing was handed in.</param>
/// <param name="Note">Something course staff should know (e.g. the folder matched no one on the roster).</param>
public sealed record ClassSubmission(RosterEntry Student, string? Source, string? Note = null);
