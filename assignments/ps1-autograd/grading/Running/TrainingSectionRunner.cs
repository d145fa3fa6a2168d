using Grading.Core.Assignments;
using Grading.Core.Running;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Running;

/// <summary>
/// Runs a gradient-descent section twice: the graded run with the assignment's epochs on the real data (timed, its
/// output kept), then a short check run on the hidden variant of the data (<see cref="CheckRunOptions"/>), whose steps the
/// gradient-step check replays exactly and whose update rule the graded run must follow too (<c>GradedRunReplay</c>). Both
/// are recorded as named values (<see cref="TrainingRecord.ToValues"/>), with the variant's seed, so a rescore needs no code.
/// </summary>
public static class TrainingSectionRunner
{
    /// <param name="train">Calls the submission with the given options on fresh copies of the real data (variant seed null)
    /// or of the hidden variant made from the given seed.</param>
    public static SectionRun Run(Func<TrainingOptions, int?, TrainingCall> train, SectionSpec section, SectionContext context)
    {
        var budget = Ps1Blocks.TrainingOf(context.Assignment);
        var limit = TimeSpan.FromSeconds(section.TimeLimitSeconds);
        var options = new TrainingOptions(budget.Epochs, budget.LogEvery, context.Assignment.Seed);
        var graded = context.Invoker.Invoke(() => train(options, null), limit, $"{section.Id} Train");
        var run = SectionRun.From(section.Id, graded) with { Device = section.UsesTensors ? context.Device : null };
        if (!graded.Completed) return run;
        if (graded.Value?.Run is null) return run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Train returned null instead of a TrainingRun." };

        var probeOptions = CheckRunOptions.For(budget, context.VariantSeed);
        var probe = context.Invoker.Invoke(() => train(probeOptions, context.VariantSeed), limit, $"{section.Id} Train on other data");
        string? probeError = probe.Completed
            ? probe.Value?.Run is null ? "Train returned null." : null
            : probe.Error;
        var values = new Dictionary<string, double[]>(
            TrainingRecord.From(graded.Value.Run, budget.Epochs).ToValues(Ps1Values.TrainingPrefix, Ps1Values.Weights));
        if (probe.Value?.Run is { } p)
        {
            foreach (var (key, value) in TrainingRecord.From(p, probeOptions.Epochs).ToValues(Ps1Values.ProbePrefix, $"{Ps1Values.ProbePrefix}.weights"))
                values[key] = value;
        }
        values[Ps1Values.VariantSeed] = [context.VariantSeed];
        values[SectionRun.VariantDurationKey] = [probe.DurationMs];
        run = run with
        {
            Values = values,
            Notes = Notes(probeError, graded.Value.DataChanged ?? probe.Value?.DataChanged),
        };
        int dimension = ((Ps1Session)context.Session).Reference.Dimension;
        run = Ps1Bounds.Training(run, Ps1Values.TrainingPrefix, Ps1Values.Weights, budget.Epochs, dimension);
        return Ps1Bounds.Training(run, Ps1Values.ProbePrefix, $"{Ps1Values.ProbePrefix}.weights", probeOptions.Epochs, dimension);
    }

    private static Dictionary<string, string>? Notes(string? probeError, string? dataChanged)
    {
        var notes = new Dictionary<string, string>();
        if (probeError is not null) notes[Ps1Values.ProbeError] = probeError;
        if (dataChanged is not null) notes[Ps1Values.DataChanged] = dataChanged;
        return notes.Count == 0 ? null : notes;
    }
}
