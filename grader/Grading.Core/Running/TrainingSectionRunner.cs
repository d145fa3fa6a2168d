using Grading.Contracts;
using Grading.Core.Assignments;

namespace Grading.Core.Running;

/// <summary>
/// Runs a gradient-descent section twice: the graded run with the assignment's epochs (timed, its
/// output kept), then a short probe run whose steps the gradient-step check replays exactly.
/// </summary>
public static class TrainingSectionRunner
{
    /// <param name="train">Calls the submission with the given options on fresh copies of the data.</param>
    public static SectionRun Run(Func<TrainingOptions, TrainingRun?> train, SectionSpec section, SectionContext context)
    {
        var budget = context.Assignment.Training
            ?? throw new InvalidOperationException($"Section {section.Id} trains, but assignment.yml has no 'training' block.");
        var limit = TimeSpan.FromSeconds(section.TimeLimitSeconds);
        var options = new TrainingOptions(budget.Epochs, budget.LogEvery, context.Assignment.Seed);
        var graded = context.Invoker.Invoke(() => train(options), limit, $"{section.Id} Train");
        var run = SectionRun.From(section.Id, graded) with { Device = section.UsesTensors ? context.Device : null };
        if (!graded.Completed) return run;
        if (graded.Value is null) return run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Train returned null instead of a TrainingRun." };

        var probeOptions = options with { Epochs = budget.ProbeEpochs };
        var probe = context.Invoker.Invoke(() => train(probeOptions), limit, $"{section.Id} Train with {budget.ProbeEpochs} epochs");
        string? probeError = probe.Completed
            ? probe.Value is null ? "Train returned null." : null
            : probe.Error;
        return run with
        {
            Training = TrainingRecord.From(graded.Value, budget.Epochs),
            Probe = probe.Value is { } p ? TrainingRecord.From(p, budget.ProbeEpochs) : null,
            ProbeError = probeError,
        };
    }
}
