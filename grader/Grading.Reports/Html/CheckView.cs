namespace Grading.Reports.Html;

/// <summary>One check's row: verdict word and symbol, points, message, and the values it compared (often none).</summary>
public sealed record CheckView(string Name, string Verdict, string Symbol, string Points, string Message, IReadOnlyList<ComparedRow> Compared);
