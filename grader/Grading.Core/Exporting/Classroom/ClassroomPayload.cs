namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// The JSON that <c>classroom-resources/autograding-grading-reporter@v1</c> reads, base64, from one runner's
/// <c>&lt;RUNNER&gt;_RESULTS</c> variable. It sends Classroom the sum of <c>tests[].score</c> out of <c>max_score</c>
/// over every runner, and fails the run when a runner's <c>status</c> is fail or error.
/// </summary>
/// <param name="Status">pass, fail or error for the runner.</param>
public sealed record ClassroomPayload(int Version, string Status, double MaxScore, IReadOnlyList<ClassroomTest> Tests);
