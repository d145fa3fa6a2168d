namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// The JSON that <c>classroom-resources/autograding-grading-reporter@v1</c> reads from a runner's
/// <c>&lt;RUNNER&gt;_RESULTS</c> variable (base64). The reporter sends Classroom the sum of
/// <c>tests[].score</c> out of <c>max_score</c>, and fails the run when <c>status</c> is fail or error.
/// </summary>
/// <param name="Status">pass, fail or error for the whole submission.</param>
public sealed record ClassroomPayload(int Version, string Status, double MaxScore, IReadOnlyList<ClassroomTest> Tests);
