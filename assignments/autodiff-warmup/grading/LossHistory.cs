using Grading.Core.Exporting.Text;

namespace AutodiffWarmup.Grading;

/// <summary>
/// The losses a descent recorded must be its own: one per step, each the loss of the parameters at that step,
/// taken before the update (as the notebook's step returns it) or after it. A converged fit ends in the same place
/// from any start after a step more or less, so the end alone lets through a start reported wrongly, a step lost
/// and a loss never recorded; the history does not (grader audit found all three keeping full marks).
/// </summary>
internal static class LossHistory
{
    // float32 losses are ~1e-7 off in relative terms; a wrong record is off by a whole step's change or more.
    private const double RelativeTolerance = 1e-3;
    private const double AbsoluteTolerance = 1e-9;

    /// <param name="path">The exact trajectory from the run's own start (row k: after step k + 1).</param>
    /// <param name="losses">The recorded losses, or their head when the run kept only that.</param>
    /// <param name="recorded">How many losses the run recorded in all.</param>
    /// <returns>Null when the history is the run's own, else what is wrong with it, for the student.</returns>
    public static string? Problem(IDescentProblem problem, double[] initial, double[][] path, double[] losses, long recorded)
    {
        int steps = path.Length;
        if (recorded != steps)
            return $"it recorded {Counted.Of(recorded, "loss", "losses")} for {Counted.Of(steps, "step")}: record the loss of every step, once.";
        double[] before = Enumerable.Range(0, losses.Length).Select(k => problem.Loss(k == 0 ? initial : path[k - 1])).ToArray();
        double[] after = Enumerable.Range(0, losses.Length).Select(k => problem.Loss(path[k])).ToArray();
        if (FirstMismatch(losses, before) < 0 || FirstMismatch(losses, after) < 0) return null;
        int k = FirstMismatch(losses, before);
        // A history that varies but does not start at the reported start's loss: the start is what is wrong.
        if (k == 0 && losses[0] > 0 && losses.Distinct().Count() > 1)
            return $"your first loss, {Numbers.Format(losses[0])}, is not the loss at the start you reported, {Numbers.List(initial)} "
                + $"(that is {Numbers.Format(before[0])}): report the weight and the bias you started from, in that order.";
        return $"the losses you recorded are not the loss at each step: step {k + 1} recorded {Numbers.Format(losses[k])}, "
            + $"the loss of your parameters before that step is {Numbers.Format(before[k])}. Record what each step's own loss is "
            + "(loss.item<double>()), starting from the first step.";
    }

    private static int FirstMismatch(double[] recorded, double[] expected)
    {
        for (int k = 0; k < recorded.Length; k++)
            if (!(Math.Abs(recorded[k] - expected[k]) <= AbsoluteTolerance + RelativeTolerance * Math.Abs(expected[k]))) return k;
        return -1;
    }
}
