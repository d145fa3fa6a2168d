namespace Grading.Core.Calibration;

/// <summary>One section of a fixture's grade against its expectation.</summary>
/// <param name="Expected">The points the front matter asks for (the section's maximum when it does not list the section).</param>
/// <param name="Actual">The points given: score plus points pending a TA (pending points are not a loss).</param>
/// <param name="ExpectedFailedChecks">The checks that must fail, or null when the front matter does not say.</param>
/// <param name="Judged">False for a section left out to keep the grade cheap: it is shown but not compared.</param>
public sealed record SectionVerdict(string Id, double Expected, double Actual, double Max, IReadOnlyList<string>? ExpectedFailedChecks,
    IReadOnlyList<string> ActualFailedChecks, bool Judged = true)
{
    public bool PointsMatch => !Judged || Math.Abs(Expected - Actual) < 1e-9;

    public bool ChecksMatch => !Judged || ExpectedFailedChecks is null
        || ExpectedFailedChecks.Order(StringComparer.Ordinal).SequenceEqual(ActualFailedChecks.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    public bool Match => PointsMatch && ChecksMatch;
}
