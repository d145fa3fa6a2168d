namespace Grading.Reports.Svg;

/// <summary>How an axis spaces its values.</summary>
internal enum AxisScale
{
    Linear,
    /// <summary>log10(v): equal room per decade; positive values only.</summary>
    Log,
    /// <summary>
    /// log10(v + 1), for steps and epochs counted from 0: equal room per decade like <see cref="Log"/>, and
    /// step 0 still has a place (at the left edge). Over 5000 epochs a linear axis gives the first 50, where a
    /// gradient descent does most of its falling, 1% of the width; this gives them half.
    /// </summary>
    LogSteps,
}
