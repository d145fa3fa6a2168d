namespace Grading.Reports.Audit;

/// <summary>A mutant in a short list (equivalent, not compiled, unreached) and the one thing to say about it.</summary>
/// <param name="Note">The equivalent reason or the compile error; "" when there is nothing to add.</param>
internal sealed record ListedMutantView(string Id, string Description, string Location, string Note);
