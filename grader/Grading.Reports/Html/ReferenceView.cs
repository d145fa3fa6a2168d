namespace Grading.Reports.Html;

/// <summary>The assignment's reference values (the session's table), formatted; null in the view when there are none.</summary>
public sealed record ReferenceView(string Title, IReadOnlyList<FactView> Rows);
