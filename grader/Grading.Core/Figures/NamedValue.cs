namespace Grading.Core.Figures;

/// <summary>One row of a <see cref="ValueTable"/>; <paramref name="Note"/> says what the value is, or is empty.</summary>
public sealed record NamedValue(string Name, double Value, string Note);
