using Grading.Core.Figures;

namespace Grading.Reports.Html;

/// <summary>A section's table figures, formatted for the template.</summary>
internal static class FigureTables
{
    public static List<TableView> For(IReadOnlyList<SectionFigure>? figures) =>
        (figures ?? []).Where(f => f.Kind == FigureKind.Table).Select(f =>
        {
            var rows = (f.Rows ?? []).Select(r => new TableRowView(r.Name, r.Label,
                r.Submitted is { } s ? Display.SixDecimals(s) : "missing",
                r.Reference is { } e ? Display.SixDecimals(e) : "none",
                r.Submitted - r.Reference is { } d ? Display.Small(d) : "–",
                !r.Ok)).ToList();
            return new TableView(f.Title, f.Caption, f.NameHeading ?? "Value", f.LabelHeading ?? "", rows.Any(r => r.Label.Length > 0), rows);
        }).ToList();
}
