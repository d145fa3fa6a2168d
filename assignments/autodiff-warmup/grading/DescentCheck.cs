using Grading.Core.Checks;
using Grading.Core.Running;

namespace AutodiffWarmup.Grading;

/// <summary>
/// The method, not only the end: the run's final parameters (<c>key.final</c>) must be where exact gradient descent
/// from its own start (<c>key.initial</c>) lands, replayed by the grader in float64, within <c>tolerance</c> +
/// <c>relative_tolerance</c>·(distance travelled), the loss must fall, and losses the run recorded must be those of its
/// own steps (<see cref="LossHistory"/>). When they are not, the grader replays the
/// usual mistakes (sign, uncleared gradients, a missing factor 2, a frozen bias, a learning rate 10× off) to name it.
/// </summary>
public sealed class DescentCheck : ICheck
{
    public string Kind => "descent";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        string key = context.Spec.Key ?? throw new InvalidOperationException($"A 'descent' check of section {context.Section.Id} has no 'key'.");
        var reference = context.ReferenceAs<AutodiffReference>();
        var outcome = Judge(context, key, key, Task(reference, key), hidden: false);
        // The same descent on the hidden variant's inputs, where the run made it: a trajectory written in does not follow them.
        if (outcome.Passed && context.Run.VariantSeed is { } seed && context.Run.Values!.ContainsKey($"{key}.variant.final"))
        {
            var variant = Judge(context, key + SectionRun.VariantSuffix, key, Task(reference.Variant(seed), key), hidden: true);
            if (!variant.Passed) return [variant with { Compared = null }];
        }
        return [outcome];
    }

    private static DescentTask Task(AutodiffReference reference, string key) =>
        reference.Descents.GetValueOrDefault(key) ?? throw new InvalidOperationException($"The reference has no descent '{key}'.");

    /// <param name="key">The values' prefix (<c>manual</c>, or <c>manual.variant</c> for the hidden variant's run).</param>
    /// <param name="name">The descent's name in messages and outcomes.</param>
    /// <param name="hidden">The run was on the hidden variant: its expected values are never shown.</param>
    private static CheckOutcome Judge(CheckContext context, string key, string name, DescentTask task, bool hidden)
    {
        var values = context.Run.Values;
        double[]? initial = values?.GetValueOrDefault($"{key}.initial"), final = values?.GetValueOrDefault($"{key}.final");
        int dimension = task.Problem.Names.Count;
        if (initial is null || final is null) return context.Fail($"no start and end of the '{key}' descent were recorded.", name);
        if (initial.Length != dimension || final.Length != dimension)
            return context.Fail($"the '{key}' descent reported {initial.Length} initial and {final.Length} final parameters, expected {dimension}.", name);
        double[]? trajectory = dimension == 1 ? values!.GetValueOrDefault($"{key}.trajectory") : null;
        long positions = context.Run.LengthOf($"{key}.trajectory"); // the true count, when only the head was kept
        if (trajectory is not null && positions != task.Steps)
            return context.Fail($"the '{key}' descent recorded {positions} positions, expected one per step: {task.Steps}.", name);

        var run = new Descent(initial, final, trajectory);
        double[] exact = DescentReplay.Final(task.Problem, initial, task.LearningRate, task.Steps);
        double movement = exact.Zip(initial, (e, s) => Math.Abs(e - s)).Max();
        double tolerance = (context.Spec.Tolerance ?? 1e-6) + (context.Spec.RelativeTolerance ?? 1e-3) * movement;
        var rows = Enumerable.Range(0, dimension).Select(j => new ComparedValue($"{key} {task.Problem.Names[j]}", final[j], exact[j], tolerance,
            Math.Abs(final[j] - exact[j]) <= tolerance)).ToList();
        double before = task.Problem.Loss(initial), after = task.Problem.Loss(final);
        CheckOutcome outcome;
        // A descent can reach the same end by another path (at 10× the learning rate, say): where the run recorded
        // its path, every step must match too.
        var exactPath = DescentReplay.Trajectory(task.Problem, initial, task.LearningRate, task.Steps);
        double pathGap = run.PathGap(exactPath);
        // Where the run recorded its losses (section 5), they must be the losses of its own steps.
        string? lossProblem = !hidden && values!.GetValueOrDefault($"{key}.losses") is { } losses
            ? LossHistory.Problem(task.Problem, initial, exactPath, losses, context.Run.LengthOf($"{key}.losses"))
            : null;
        if (rows.All(r => r.Ok) && pathGap <= tolerance && after < before && lossProblem is not null)
            outcome = context.Fail($"{task.Steps} steps from your start match exact gradient descent, but {lossProblem}", name);
        else if (rows.All(r => r.Ok) && pathGap <= tolerance && after < before)
            outcome = context.Pass($"{task.Steps} steps from your start match exact gradient descent; the loss fell from {Numbers.Format(before)} to {Numbers.Format(after)}"
                + (context.Run.VariantSeed is not null && values!.ContainsKey($"{key}.variant.final") ? ", here and from a start the grader chose." : "."), name);
        else if (hidden)
            outcome = context.Fail(HiddenProblem(task, run, exact, tolerance, name, context.Run.Values!), name);
        else
            outcome = context.Fail(Diagnose(task, run, exact, tolerance, before, after, key, values!.GetValueOrDefault($"{key}.losses")), name);
        return outcome with { Tolerance = tolerance, Compared = rows };
    }

    /// <summary>What went wrong on the hidden variant, without its numbers: the trajectory came back unchanged, or its steps
    /// are not exact descent from the start it was given.</summary>
    private static string HiddenProblem(DescentTask task, Descent run, double[] exact, double tolerance, string name, IReadOnlyDictionary<string, double[]> values)
    {
        const string Where = "from a start (and towards a target or on data) the grader chose, which your code never sees in advance";
        double[]? realFinal = values.GetValueOrDefault($"{name}.final");
        if (realFinal is not null && realFinal.Length == run.Final.Length && realFinal.Zip(run.Final, (a, b) => Math.Abs(a - b) <= tolerance).All(ok => ok))
            return $"your '{name}' descent ends in the same place whatever it is given: {Where}, it came back unchanged. "
                + "Run the descent from the start and on the data your method is given.";
        double gap = run.Final.Zip(exact, (a, b) => Math.Abs(a - b)).Max();
        return $"{Where}, your '{name}' descent ends {Numbers.Format(gap)} from where exact gradient descent from that start does "
            + $"(tolerance {Numbers.Format(tolerance)}): run the descent on what your method is given, not for one start.";
    }

    private static readonly (DescentMistake Mistake, string Meaning)[] Mistakes =
    [
        (DescentMistake.SignFlipped, "the update goes uphill: subtract the gradient (p -= lr * p.grad)."),
        (DescentMistake.GradientAccumulates, "the gradients accumulate across steps: clear them after every update (x.grad.zero_(), or optimizer.zero_grad())."),
        (DescentMistake.HalfGradient, "the gradient is half what it should be: the factor 2 of d/dŷ (ŷ − y)² is missing."),
    ];

    private static string Diagnose(DescentTask task, Descent run, double[] exact, double tolerance, double before, double after, string key, double[]? losses)
    {
        var (initial, final, _) = run;
        var names = task.Problem.Names;
        string where = $"after {task.Steps} steps your {key} descent is at {Numbers.List(final)}, exact descent from your start {Numbers.List(initial)} gives {Numbers.List(exact)}: ";
        if (LossReduction.FromReportedLoss(task.Problem, initial, losses) is { } reported) return where + reported;
        if (!final.All(double.IsFinite))
            return where + "it diverged. " + (DescentReplay.Final(task.Problem, initial, task.LearningRate, task.Steps, DescentMistake.SignFlipped).All(double.IsFinite)
                ? "Check the update and the learning rate." : Mistakes[0].Meaning);
        if (names.Count > 1 && final[^1] == initial[^1] && exact[^1] != initial[^1])
            return where + $"{names[^1]} never moved from {Numbers.Format(initial[^1])}: it is not learned. Update it with the others (keep it in the parameters list).";
        bool Matches(double[][] path) => path[^1].Zip(final, (a, b) => Math.Abs(a - b) <= tolerance).All(ok => ok) && run.PathGap(path) <= tolerance;
        foreach (var (mistake, meaning) in Mistakes)
            if (Matches(DescentReplay.Trajectory(task.Problem, initial, task.LearningRate, task.Steps, mistake)))
                return where + meaning;
        if (LossReduction.FromSteps(task, run, Matches) is { } reduction) return where + reduction;
        foreach (double factor in (double[])[10, 0.1])
            if (Matches(DescentReplay.Trajectory(task.Problem, initial, factor * task.LearningRate, task.Steps)))
                return where + $"that is descent at learning rate {Numbers.Format(factor * task.LearningRate)}; use {Numbers.Format(task.LearningRate)}.";
        if (run.PathGap(DescentReplay.Trajectory(task.Problem, initial, task.LearningRate, task.Steps)) > tolerance
            && final.Zip(exact, (a, b) => Math.Abs(a - b) <= tolerance).All(ok => ok))
            return where + "the end matches, but the steps on the way are not exact gradient steps: check the learning rate and the update.";
        if (after >= before) return where + $"the loss did not fall ({Numbers.Format(before)} → {Numbers.Format(after)}).";
        return where + $"the steps are not exact gradient steps (tolerance {Numbers.Format(tolerance)}): check the gradient and the update.";
    }
}
