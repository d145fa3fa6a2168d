namespace Grading.Reports.Svg;

/// <summary>The words of a chart, shared by the chart kinds: accessible name and description, axis titles,
/// and notes (what could not be drawn, e.g. a diverged run).</summary>
internal sealed record ChartText(string Title, string Description, string XLabel, string YLabel, IReadOnlyList<string> Notes);
