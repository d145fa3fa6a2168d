using Grading.Core.Bounds;

namespace AutodiffWarmup.Grading;

/// <summary>The named values a driver records from a submission's answers, and the first answer that was unusable.</summary>
internal sealed class ValueCollector
{
    public Dictionary<string, double[]> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>What was cut from the values, with their true lengths.</summary>
    public List<RunCut> Cuts { get; } = [];

    /// <summary>Why the answers cannot be judged (a null where numbers were due), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Records <paramref name="values"/> under <paramref name="key"/>; false (and the problem noted) for null.</summary>
    public bool Add(string key, double[]? values, string call)
    {
        if (values is null)
        {
            Problem ??= $"{call} returned null instead of numbers.";
            return false;
        }
        // A copy (the submission keeps its array), of at most the engine's limit: a hundred million numbers are not copied whole.
        int max = RunBounds.Default.ValueLength;
        Values[key] = values.Length <= max ? (double[])values.Clone() : values[..max];
        if (values.Length > max) Cuts.Add(new RunCut("values", key, $"the value '{key}'", values.Length, max, "values"));
        return true;
    }

    /// <summary>The time the calls on the hidden variant took (<see cref="OnVariant"/>), in milliseconds.</summary>
    public double VariantMs { get; private set; }

    /// <summary>Makes the section's calls on the hidden variant of <paramref name="seed"/>: timed apart from the real ones,
    /// and the seed recorded so the checks can rebuild the variant's reference.</summary>
    public void OnVariant(int seed, Action calls)
    {
        Values[global::Grading.Core.Running.SectionRun.VariantSeedKey] = [seed];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            calls();
        }
        finally
        {
            VariantMs += clock.Elapsed.TotalMilliseconds;
        }
    }

    /// <summary>Notes an answer that came back but cannot be judged (e.g. the wrong shape).</summary>
    public void Reject(string problem) => Problem ??= problem;
}
