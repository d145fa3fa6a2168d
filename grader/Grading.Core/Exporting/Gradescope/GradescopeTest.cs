namespace Grading.Core.Exporting.Gradescope;

/// <summary>One entry of <see cref="GradescopeResults.Tests"/>: one section.</summary>
/// <param name="Number">The section id, which Gradescope shows and sorts by.</param>
/// <param name="Status">passed or failed.</param>
/// <param name="Visibility">visible: a student sees every section's verdict at once.</param>
public sealed record GradescopeTest(string Name, string Number, double Score, double MaxScore, string Status, string Output, string Visibility);
