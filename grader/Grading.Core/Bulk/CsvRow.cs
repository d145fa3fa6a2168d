namespace Grading.Core.Bulk;

/// <summary>One record of a CSV file: its fields, and the line it starts on (for messages).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
