namespace Grading.Core.Exporting.Gradescope;

/// <summary>One entry of <see cref="GradescopeResults.Tests"/>: one section.</summary>
/// <param name="Number">The section id, which Gradescope shows and sorts by.</param>
/// <param name="Score">The points the grader gave; null (left out) for a section whose points all wait for a TA.</param>
/// <param name="MaxScore">The points the grader decides: the section's, less those that wait for a TA; null with <see cref="Score"/>.</param>
/// <param name="Status">passed or failed; null with <see cref="Score"/>: the spec's informational test, neither passed nor
/// failed (Gradescope would otherwise call 0 of 15 points failed, or a status of passed with 0/15 a pass).</param>
/// <param name="OutputFormat"><c>text</c>: shown as written, in a <c>&lt;pre&gt;</c> (messages name types like <c>Vector&lt;double&gt;</c>).</param>
/// <param name="Visibility">visible: a student sees every section's verdict at once.</param>
public sealed record GradescopeTest(string Name, string NameFormat, string Number, double? Score, double? MaxScore, string? Status,
    string Output, string OutputFormat, string Visibility);
