namespace Grading.Core.Bulk;

/// <summary>A class's submissions, in id order, and what course staff should know of the class as a whole.</summary>
/// <param name="Warnings">E.g. entries of the class zip that lie in no student's folder and were left out.</param>
public sealed record DiscoveredClass(IReadOnlyList<ClassSubmission> Submissions, IReadOnlyList<string> Warnings);
