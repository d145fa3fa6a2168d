namespace Grading.Core.Exporting.JUnit;

/// <summary>One <c>testcase</c>: its name (the same whatever the outcome), and what went wrong.</summary>
/// <param name="Outcome">failure, error, skipped, or null when it passed.</param>
/// <param name="Type">The <c>type</c> attribute of the outcome element: the check's kind, or how the run ended.</param>
/// <param name="Message">Points first, then what the grader said (the whole text; its first line is the <c>message</c>).</param>
/// <param name="Points">"8/8", or null for a case that carries no points (whether the section ran, compiled).</param>
/// <param name="Seconds">The case's time, when the grader measured one.</param>
internal sealed record JUnitCase(string Name, string? Outcome, string? Type, string Message, string? Points,
    IReadOnlyList<SourceLocation> Locations, double? Seconds = null)
{
    /// <summary>The outcome element's text: the message, then where (<see cref="SourceLocation.ToString"/>).</summary>
    public string Text => Locations.Count == 0 ? Message : Message + "\n" + string.Join("\n", Locations.Select(l => l.ToString()));
}
