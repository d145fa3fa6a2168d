namespace Grading.Reports.Html;

/// <summary>A table figure: submitted values beside the reference's; <see cref="HasLabels"/> shows the label column.</summary>
public sealed record TableView(string Title, string Caption, string NameHeading, string LabelHeading, bool HasLabels, IReadOnlyList<TableRowView> Rows);
