namespace AutodiffWarmup.Grading;

/// <summary>What a run recorded of one descent: its start, its end and, for one parameter, its position after every step.</summary>
internal sealed record Descent(double[] Initial, double[] Final, double[]? Trajectory)
{
    /// <summary>The largest distance between the recorded path and <paramref name="path"/>: 0 when no path was recorded,
    /// infinity when a position is not a number.</summary>
    public double PathGap(double[][] path)
    {
        if (Trajectory is null || Trajectory.Length != path.Length) return 0;
        double gap = 0;
        for (int k = 0; k < path.Length; k++)
        {
            double d = Math.Abs(Trajectory[k] - path[k][0]);
            if (double.IsNaN(d)) return double.PositiveInfinity;
            gap = Math.Max(gap, d);
        }
        return gap;
    }
}
