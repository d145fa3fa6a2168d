namespace Grading.Reports.Html;

/// <summary>One check's row: verdict word and symbol, points, message.</summary>
public sealed record CheckView(string Name, string Verdict, string Symbol, string Points, string Message);
