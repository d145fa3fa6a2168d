namespace Grading.Core.Figures;

/// <summary>
/// A chart or table of a section, in assignment-agnostic terms: the harness decides what to show (at scoring
/// time, from the run and its reference), the report only draws it. Saved in the result, so a report can be
/// rendered again without the harness or its reference. Which fields are set depends on <see cref="Kind"/>.
/// </summary>
public sealed record SectionFigure
{
    public required FigureKind Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>One sentence under the figure.</summary>
    public required string Caption { get; init; }
    /// <summary>A longer description for assistive technology (the chart's own description); the caption when null.</summary>
    public string? Description { get; init; }
    /// <summary>Axis labels (line, sample: the y label names the values).</summary>
    public string? XLabel { get; init; }
    public string? YLabel { get; init; }
    /// <summary>Line: a logarithmic y axis.</summary>
    public bool LogY { get; init; }
    /// <summary>Line: the x axis (steps, epochs from 0) on a log scale of x + 1, so the first epochs, where a descent
    /// falls, get as much room as the thousands after them. Absent in older results: a linear axis.</summary>
    public bool LogX { get; init; }
    /// <summary>Line: the lines drawn.</summary>
    public IReadOnlyList<FigureSeries>? Series { get; init; }
    /// <summary>Line: horizontal reference lines; sample: a line at each value on the scatter.</summary>
    public IReadOnlyList<FigureMarker>? Markers { get; init; }
    /// <summary>Sample: the values.</summary>
    public FigureSample? Sample { get; init; }
    /// <summary>Sample: the caption of the density chart drawn beside the scatter.</summary>
    public string? DensityCaption { get; init; }
    /// <summary>Table: the rows.</summary>
    public IReadOnlyList<FigureRow>? Rows { get; init; }
    /// <summary>Table: the headings of the name and label columns (e.g. "Weight", "Column").</summary>
    public string? NameHeading { get; init; }
    public string? LabelHeading { get; init; }
}
