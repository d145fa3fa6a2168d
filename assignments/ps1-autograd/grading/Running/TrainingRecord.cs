using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>A gradient-descent run as the submission reported it, with the epochs it was asked for. It is stored
/// in the run's generic values under a prefix (<c>training.learning_rate</c>, …) and read back from them.</summary>
public sealed record TrainingRecord(int EpochsRequested, double[] InitialWeights, double LearningRate, double[] LossHistory, double[] Weights)
{
    /// <summary>How many losses the submission really recorded: more than <see cref="LossHistory"/> holds when the grader
    /// kept only its head (see <see cref="Ps1Bounds"/>).</summary>
    public long LossCount { get; init; } = LossHistory.Length;

    /// <summary>How many final weights the submission really returned.</summary>
    public long WeightCount { get; init; } = Weights.Length;

    /// <summary>How many initial weights the submission really returned.</summary>
    public long InitialWeightCount { get; init; } = InitialWeights.Length;

    public static TrainingRecord From(TrainingRun run, int epochsRequested) => new(
        epochsRequested,
        run.InitialWeights ?? [],
        run.LearningRate,
        run.LossHistory ?? [],
        run.Weights ?? []);

    /// <summary>The record as named values; its final weights go under <paramref name="weightsKey"/>.</summary>
    public IEnumerable<KeyValuePair<string, double[]>> ToValues(string prefix, string weightsKey) =>
    [
        new($"{prefix}.epochs", [EpochsRequested]),
        new($"{prefix}.initial_weights", InitialWeights),
        new($"{prefix}.learning_rate", [LearningRate]),
        new($"{prefix}.loss_history", LossHistory),
        new(weightsKey, Weights),
    ];

    /// <summary>The graded run of a section, or null when none was recorded.</summary>
    public static TrainingRecord? Graded(SectionRun run) => Read(run, Ps1Values.TrainingPrefix, Ps1Values.Weights);

    /// <summary>The probe run of a section, or null when none was recorded.</summary>
    public static TrainingRecord? Probe(SectionRun run) => Read(run, Ps1Values.ProbePrefix, $"{Ps1Values.ProbePrefix}.weights");

    private static TrainingRecord? Read(SectionRun run, string prefix, string weightsKey)
    {
        var values = run.Values;
        if (values is null || !values.TryGetValue($"{prefix}.epochs", out var epochs) || epochs.Length != 1) return null;
        double[] Get(string key) => values.GetValueOrDefault(key) ?? [];
        var rate = Get($"{prefix}.learning_rate");
        return new TrainingRecord((int)epochs[0], Get($"{prefix}.initial_weights"), rate.Length == 1 ? rate[0] : double.NaN,
            Get($"{prefix}.loss_history"), Get(weightsKey))
        {
            LossCount = run.LengthOf($"{prefix}.loss_history"), WeightCount = run.LengthOf(weightsKey),
            InitialWeightCount = run.LengthOf($"{prefix}.initial_weights"),
        };
    }
}
