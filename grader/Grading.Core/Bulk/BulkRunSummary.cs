namespace Grading.Core.Bulk;

/// <summary>The totals of a bulk run.</summary>
public sealed record BulkRunSummary(IReadOnlyList<StudentOutcome> Outcomes, TimeSpan Elapsed)
{
    public int Graded => Outcomes.Count(o => !o.Skipped && !o.Rescored && o.Record.Status == StudentStatus.Graded);
    public int Rescored => Outcomes.Count(o => o.Rescored);
    public int Skipped => Outcomes.Count(o => o.Skipped);
    public int Errors => Outcomes.Count(o => o.Record.Status == StudentStatus.Error);
    public int Missing => Outcomes.Count(o => o.Record.Status == StudentStatus.Missing);
}
