namespace Grading.Core.Results;

/// <summary>Where the grading time went: end to end, compiling, the sections themselves, and the rest.</summary>
public sealed record TimingInfo(double TotalMs, double PrepareMs, double CompileMs, double SectionsMs)
{
    /// <summary>The grader's own cost: everything but the student's section code.</summary>
    public double OverheadMs => TotalMs - SectionsMs;
}
