namespace Grading.Core.Calibration;

/// <summary>One of the calibration's figures: how many of how many.</summary>
public sealed record CalibrationFigure(int Count, int Of)
{
    public double Percent => Of == 0 ? 100 : 100.0 * Count / Of;

    public override string ToString() => $"{Count}/{Of} ({Percent:0.#} %)";
}
