using System.Runtime.CompilerServices;
using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// Whether the graded run is what the section's code computes. The check run, on the hidden variant, shows which update
/// rule the code follows (exact gradient steps, at the reported or another rate, or a known mistake, <see cref="StepMistakes"/>)
/// and which loss it records (before or after each step). The same code must do the same on the real data: that rule,
/// replayed for every epoch from the graded run's own initial weights and rate, must give its losses and its weights. Code that
/// descends only when it seems to be checked (a branch on options.Epochs, on the data's size, on a second call) and
/// returns pasted weights with an invented history otherwise fails here. Where the rule or the loss cannot be told (an
/// unknown mistake, a loss that is not the MSE, aliased weights, a history of another length), nothing is judged.
/// </summary>
internal static class GradedRunReplay
{
    /// <summary>Where the graded run leaves the code's own descent: at a loss (<see cref="Epoch"/> set) or at its final weights.</summary>
    public sealed record Mismatch(int? Epoch, int WeightIndex, double Reported, double Expected);

    private enum LossForm { None, BeforeStep, AfterStep }

    private sealed record Rule(Func<LeastSquaresReference, double, Action<double[]>> Step);

    /// <summary>A run's answer, with what it was computed against: the weights and loss-history checks both ask for it.</summary>
    private sealed record Answer(object Reference, CheckSpec StepSpec, Mismatch? Mismatch);

    private static readonly ConditionalWeakTable<SectionRun, Answer> Answers = new();

    /// <summary>The first place the graded run departs from its code's descent; null when it follows it or nothing can be told.
    /// Worked out once per run (identifying the rule and replaying 5000 epochs), then reused by the other check that asks.</summary>
    public static Mismatch? Find(CheckContext context)
    {
        var stepSpec = GradientStepCheck.StepContext(context).Spec;
        if (Answers.TryGetValue(context.Run, out var answer) && ReferenceEquals(answer.Reference, context.Reference) && ReferenceEquals(answer.StepSpec, stepSpec))
            return answer.Mismatch;
        var mismatch = Compute(context, stepSpec);
        Answers.AddOrUpdate(context.Run, new Answer(context.Reference, stepSpec, mismatch));
        return mismatch;
    }

    private static Mismatch? Compute(CheckContext context, CheckSpec stepSpec)
    {
        if (!CheckRunReference.OnVariant(context)) return null;
        if (TrainingRecord.Graded(context.Run) is not { } graded || TrainingRecord.Probe(context.Run) is not { } probe) return null;
        var real = context.ReferenceAs<LeastSquaresReference>();
        var variant = CheckRunReference.Of(context);
        if (!Replayable(graded, real.Dimension) || !Replayable(probe, variant.Dimension)) return null;
        var stepContext = context with { Spec = stepSpec };
        if (Identify(variant, probe, (start, replayed) => GradientStepCheck.Tolerance(stepContext, start, replayed)) is not var (rule, count)) return null;
        LossForm form = FormOf(variant, probe, rule, count);

        // As many steps as the code made: one per recorded loss where the check run's steps were counted that way.
        long made = count == probe.LossCount && graded.LossCount > 0 ? graded.LossCount : graded.EpochsRequested;
        int steps = (int)Math.Min(made, GradientStepCheck.MaxReplayedSteps);
        if (steps < 1) return null;
        var (losses, final) = Walk(real, graded.InitialWeights, rule.Step(real, graded.LearningRate), steps);
        if (!WeightText.AllFinite(final)) return null;
        if (form != LossForm.None && graded.LossCount == steps)
        {
            int compared = Math.Min(graded.LossHistory.Length, steps);
            for (int t = 0; t < compared; t++)
            {
                double expected = form == LossForm.BeforeStep ? losses[t] : losses[t + 1];
                if (!LossHistoryCheck.Matches(graded.LossHistory[t], expected)) return new Mismatch(t, -1, graded.LossHistory[t], expected);
            }
        }
        var (index, gap) = WeightText.LargestDifference(graded.Weights, final);
        return gap > GradientStepCheck.Tolerance(stepContext, graded.InitialWeights, final)
            ? new Mismatch(null, index, graded.Weights[index], final[index])
            : null;
    }

    /// <summary>A run with seven finite weights at each end, a finite rate, and a start that is not its end (aliased).</summary>
    private static bool Replayable(TrainingRecord run, int dimension) =>
        run.InitialWeights.Length == dimension && run.Weights.Length == dimension && WeightText.AllFinite(run.InitialWeights)
        && WeightText.AllFinite(run.Weights) && double.IsFinite(run.LearningRate) && !run.InitialWeights.SequenceEqual(run.Weights);

    /// <summary>The rule the check run's steps follow, and how many steps it made; null when none of the known rules fits.</summary>
    private static (Rule, int)? Identify(LeastSquaresReference variant, TrainingRecord probe, Func<double[], double[], double> tolerance)
    {
        var rules = new List<Rule> { new(StepMistakes.ScaledStep(1)) };
        rules.AddRange(StepMistakes.All.Select(m => new Rule(m.Step)));
        int[] counts = GradientStepCheck.StepCounts(probe);
        bool Fits(Rule rule, int count)
        {
            double[] replayed = variant.Replay(probe.InitialWeights, count, rule.Step(variant, probe.LearningRate));
            return WeightText.AllFinite(replayed) && WeightText.LargestDifference(probe.Weights, replayed).Difference <= tolerance(probe.InitialWeights, replayed);
        }
        foreach (int count in counts)
            foreach (var rule in rules)
                if (Fits(rule, count)) return (rule, count);
        // Exact steps at a rate other than the reported one: searched last, it is the costly one.
        if (UsedLearningRate.Unreported(variant, probe, tolerance) is { } used)
        {
            var atUsed = new Rule(StepMistakes.ScaledStep(used / probe.LearningRate));
            foreach (int count in counts)
                if (Fits(atUsed, count)) return (atUsed, count);
        }
        return null;
    }

    /// <summary>Which loss the check run recorded along its steps: the MSE before each step, after it, or neither.</summary>
    private static LossForm FormOf(LeastSquaresReference variant, TrainingRecord probe, Rule rule, int count)
    {
        if (probe.LossCount != count || probe.LossHistory.Length == 0) return LossForm.None;
        var (losses, _) = Walk(variant, probe.InitialWeights, rule.Step(variant, probe.LearningRate), count);
        int n = Math.Min(probe.LossHistory.Length, count);
        if (Enumerable.Range(0, n).All(t => LossHistoryCheck.Matches(probe.LossHistory[t], losses[t]))) return LossForm.BeforeStep;
        if (Enumerable.Range(0, n).All(t => LossHistoryCheck.Matches(probe.LossHistory[t], losses[t + 1]))) return LossForm.AfterStep;
        return LossForm.None;
    }

    /// <summary>The MSE at every point of a replay (index t: after t steps, so steps + 1 of them), and where it ends.</summary>
    private static (double[] Losses, double[] Final) Walk(LeastSquaresReference reference, double[] start, Action<double[]> step, int steps)
    {
        var losses = new double[steps + 1];
        var w = (double[])start.Clone();
        for (int t = 0; t < steps; t++)
        {
            losses[t] = reference.Loss(w);
            step(w);
            if (!WeightText.AllFinite(w)) return (losses, w);
        }
        losses[steps] = reference.Loss(w);
        return (losses, w);
    }

    /// <summary>The weights check's message: the weights did not come from the run that returned them.</summary>
    public static string WeightsMessage(Mismatch mismatch, LeastSquaresReference variant) =>
        $"these weights did not come from your own descent. On {CheckRunReference.Described(variant)}, your Train makes steps the "
        + $"grader replays exactly; the same steps on this data, from your initial weights at your learning rate, give {Where(mismatch)}. "
        + "Compute the weights from `data` the same way on every call, whatever options.Epochs, the size of the data or the number of calls.";

    /// <summary>The loss-history check's message: the history is not that of the run's own descent.</summary>
    public static string LossMessage(Mismatch mismatch, LeastSquaresReference variant) =>
        $"your loss history is not the loss of your own descent. The steps your Train makes, which the grader replays on "
        + $"{CheckRunReference.Described(variant)}, give on this data, from your initial weights, {Where(mismatch)}. "
        + "Record the loss your loop computes, every epoch, on every call.";

    private static string Where(Mismatch mismatch) => mismatch.Epoch is { } t
        ? $"a loss of {WeightText.Number(mismatch.Expected)} at epoch {t}, where you report {WeightText.Number(mismatch.Reported)}"
        : $"b{mismatch.WeightIndex} = {WeightText.Number(mismatch.Expected)} after the last epoch, where you return {WeightText.Number(mismatch.Reported)}";
}
