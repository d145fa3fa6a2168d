namespace Grading.Reports.Audit;

/// <summary>One row of the per-section table (or its total row).</summary>
/// <param name="Score">Percent with one decimal, "–" when no mutant counts.</param>
/// <param name="Below">Under the threshold: the row says so in words as well as in colour.</param>
/// <param name="Anchor">The id of the section's survivors on the page, "" when it has none.</param>
internal sealed record AuditRowView(
    string Section, string Title, int Mutants, int Killed, int Survived, int TimedOut, int Crashed,
    int NotCompiled, int Equivalent, int Unreached, string Score, bool Below, string Anchor);
