namespace Grading.Reports.Svg;

/// <summary>The rectangle data is drawn in, inside margins that hold the title, notes, tick labels and axis titles.</summary>
internal readonly record struct PlotArea(double Left, double Top, double Right, double Bottom)
{
    public const double LeftMargin = 66, RightMargin = 16, TitleMargin = 30, NoteLine = 15, BottomMargin = 44;

    public static PlotArea For(int width, int height, int noteLines) =>
        new(LeftMargin, TitleMargin + NoteLine * noteLines, width - RightMargin, height - BottomMargin);

    public double Width => Right - Left;
    public double Height => Bottom - Top;
}
