namespace Grading.Reports.ClassSummary;

/// <summary>A row of the score histogram: the range, how many students, and the bar's share of the widest bar.</summary>
internal sealed record ScoreBinView(string Range, int Count, string BarPercent);
