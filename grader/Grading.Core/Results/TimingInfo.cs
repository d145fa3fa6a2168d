namespace Grading.Core.Results;

/// <summary>Where the grading time went: end to end, compiling, the sections themselves, and the rest.
/// Preparing the assignment (data, reference, libtorch) runs alongside the first compile, so the
/// parts do not add up to the total.</summary>
public sealed record TimingInfo(double TotalMs, double PrepareMs, double CompileMs, double SectionsMs)
{
    /// <summary>The grader's own cost: everything but the student's section code.</summary>
    public double OverheadMs => TotalMs - SectionsMs;
}
