namespace Grading.Core.Figures;

/// <summary>What a <see cref="SectionFigure"/> draws.</summary>
public enum FigureKind
{
    /// <summary>Named series against a step (or their own x values), optionally on a log scale, with horizontal markers.</summary>
    Line,
    /// <summary>A sample of values: each against its index (scatter), its density, and summary statistics.</summary>
    Sample,
    /// <summary>Named values beside the reference's, differences out of tolerance flagged.</summary>
    Table,
}
