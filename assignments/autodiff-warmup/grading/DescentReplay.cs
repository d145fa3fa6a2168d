namespace AutodiffWarmup.Grading;

/// <summary>Gradient descent in float64 from a submission's own start: the exact trajectory, or one with a known mistake.</summary>
public static class DescentReplay
{
    /// <summary>The parameters after each of <paramref name="steps"/> updates (row k: after step k + 1).</summary>
    public static double[][] Trajectory(IDescentProblem problem, double[] start, double learningRate, int steps, DescentMistake mistake = DescentMistake.None)
    {
        var p = (double[])start.Clone();
        var accumulated = new double[p.Length];
        var path = new double[steps][];
        for (int step = 0; step < steps; step++)
        {
            double[] g = problem.Gradient(p);
            for (int j = 0; j < p.Length; j++)
            {
                accumulated[j] += g[j];
                double used = mistake switch
                {
                    DescentMistake.SignFlipped => -g[j],
                    DescentMistake.GradientAccumulates => accumulated[j],
                    DescentMistake.HalfGradient => g[j] / 2,
                    DescentMistake.LastParameterFrozen when j == p.Length - 1 => 0,
                    _ => g[j],
                };
                p[j] -= learningRate * used;
            }
            path[step] = (double[])p.Clone();
        }
        return path;
    }

    public static double[] Final(IDescentProblem problem, double[] start, double learningRate, int steps, DescentMistake mistake = DescentMistake.None) =>
        steps == 0 ? (double[])start.Clone() : Trajectory(problem, start, learningRate, steps, mistake)[^1];
}
