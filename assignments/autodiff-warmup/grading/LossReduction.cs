namespace AutodiffWarmup.Grading;

/// <summary>
/// Names a loss reduced the wrong way: summed where the notebook averages (section 5: the steps are n times too
/// large and usually diverge), or averaged where the lecture's loop sums (section 4: the steps are n, or 2n with the
/// slides' 1/(2n), times too small). Told from the loss the run reported, or from the steps it took.
/// </summary>
internal static class LossReduction
{
    public const string SumInsteadOfMean =
        "your loss is the sum of squares; the notebook's loss is the mean: average the squared errors (.mean(), or nn.MSELoss()), "
        + "or the steps are n times too large.";

    public const string MeanInsteadOfSum =
        "your loss is the mean of squares; section 4's loss, as in the lecture's loop, is the sum: loss = (ŷ − y).pow(2).sum() "
        + "and grad_y_pred = 2.0 * (ŷ − y) summed, not divided by n (nn.MSELoss(reduction: Sum) in the autograd fit). "
        + "Averaged at lr 1e-6, the fit hardly moves.";

    /// <summary>From the first reported loss (taken before the first update, at the run's own start): n times the
    /// mean means a sum, 1/n times the sum means a mean.</summary>
    public static string? FromReportedLoss(IDescentProblem problem, double[] initial, double[]? losses)
    {
        if (losses is not { Length: > 0 } || problem.Samples <= 1 || !double.IsFinite(losses[0])) return null;
        double expected = problem.Loss(initial);
        if (!problem.Summed && Numbers.IsMultiple(losses[0], expected, problem.Samples)) return SumInsteadOfMean;
        if (problem.Summed && (Numbers.IsMultiple(losses[0], expected, 1.0 / problem.Samples) || Numbers.IsMultiple(losses[0], expected, 0.5 / problem.Samples)))
            return MeanInsteadOfSum;
        return null;
    }

    /// <summary>From the steps: the run matches descent at the learning rate scaled by n (a sum) or 1/n, 1/(2n) (a mean).</summary>
    public static string? FromSteps(DescentTask task, Descent run, Func<double[][], bool> matches)
    {
        var problem = task.Problem;
        if (problem.Samples <= 1) return null;
        double[] factors = problem.Summed ? [1.0 / problem.Samples, 0.5 / problem.Samples] : [problem.Samples];
        foreach (double factor in factors)
            if (matches(DescentReplay.Trajectory(problem, run.Initial, factor * task.LearningRate, task.Steps)))
                return problem.Summed ? MeanInsteadOfSum : SumInsteadOfMean;
        return null;
    }
}
