namespace Grading.Reports.ClassSummary;

/// <summary>Everything the class summary page shows, already formatted; the template only lays it out.</summary>
internal sealed record ClassSummaryView
{
    public required string AssignmentTitle { get; init; }
    public required string AssignmentId { get; init; }
    public required string MaxScore { get; init; }
    public required int Students { get; init; }
    /// <summary>"student" or "students", for the count.</summary>
    public required string StudentsNoun { get; init; }
    public required string PointsNoun { get; init; }
    /// <summary>What staff must fix before importing the gradebooks (as the terminal said it).</summary>
    public required IReadOnlyList<string> GradebookWarnings { get; init; }
    public required int Graded { get; init; }
    public required int Errors { get; init; }
    public required int Missing { get; init; }
    public required string MeanScore { get; init; }
    public required string MedianScore { get; init; }
    public required IReadOnlyList<ScoreBinView> Bins { get; init; }
    public required IReadOnlyList<PassRateView> Sections { get; init; }
    public required IReadOnlyList<PassRateView> Checks { get; init; }
    public required IReadOnlyList<FailureView> Failures { get; init; }
    public required IReadOnlyList<SectionTimeView> Times { get; init; }
    public required IReadOnlyList<ErroredView> Errored { get; init; }
    public required IReadOnlyList<QuestionView> Questions { get; init; }
    public required IReadOnlyList<StudentRowView> Rows { get; init; }
}
