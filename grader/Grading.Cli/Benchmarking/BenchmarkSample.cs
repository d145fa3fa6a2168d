namespace Grading.Cli.Benchmarking;

/// <summary>One graded run's timings, in milliseconds.</summary>
/// <param name="EndToEndMs">Cold: the child process's wall time. Warm: the in-process Grade call.</param>
/// <param name="VariantMs">The sections' calls on hidden data variants (SectionRun.VariantDurationKey), which their own durations leave out.</param>
public sealed record BenchmarkSample(double EndToEndMs, double CompileMs, IReadOnlyDictionary<string, double> SectionMs, double VariantMs = 0)
{
    public static BenchmarkSample From(double endToEndMs, Grading.Core.Results.GradingResult result) => new(endToEndMs, result.Compilation.DurationMs,
        result.Sections.ToDictionary(s => s.Id, s => s.DurationMs), result.Sections.Sum(s => s.Raw.VariantDurationMs));

    /// <summary>The hidden-variant calls' time as a share of the sections' own: what grading on data the code cannot know costs.</summary>
    public double VariantShare => SectionsMs > 0 ? VariantMs / SectionsMs : 0;

    public double SectionsMs => SectionMs.Values.Sum();

    /// <summary>Everything that is not the submission's own code.</summary>
    public double OverheadMs => EndToEndMs - SectionsMs - VariantMs;
}
