namespace Grading.Cli.Benchmarking;

/// <summary>One graded run's timings, in milliseconds.</summary>
/// <param name="EndToEndMs">Cold: the child process's wall time. Warm: the in-process Grade call.</param>
public sealed record BenchmarkSample(double EndToEndMs, double CompileMs, IReadOnlyDictionary<string, double> SectionMs)
{
    public double SectionsMs => SectionMs.Values.Sum();

    /// <summary>Everything that is not the submission's own code.</summary>
    public double OverheadMs => EndToEndMs - SectionsMs;
}
