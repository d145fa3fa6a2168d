namespace Grading.Core.Figures;

/// <summary>A titled list of named values: what an assignment's session says about its reference (for the report).</summary>
public sealed record ValueTable(string Title, IReadOnlyList<NamedValue> Rows);
