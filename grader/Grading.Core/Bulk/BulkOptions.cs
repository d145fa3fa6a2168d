using Grading.Core.ManualGrading;

namespace Grading.Core.Bulk;

/// <summary>How a bulk run grades the class.</summary>
public sealed record BulkOptions
{
    /// <summary>Students graded at once (each has its own worker processes).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
    /// <summary>Grade everyone again, even students whose saved result is current.</summary>
    public bool Regrade { get; init; }
    public Shard Shard { get; init; } = Shard.All;
    public ManualScores Scores { get; init; } = ManualScores.None;
    /// <summary>The reference solution's time per section, attached to every result for the time ratio.</summary>
    public IReadOnlyDictionary<string, double>? ReferenceTimes { get; init; }
}
