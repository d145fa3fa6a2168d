using System.Text.Json;

namespace Grading.Tests.Classroom;

/// <summary>
/// The totals and verdict of <c>classroom-resources/autograding-grading-reporter@v1</c> (commit 43c2d9f), re-implemented
/// minimally from its source so a test can hold our payloads to them. Each runner's payload is the JSON decoded from
/// its <c>RUNNER_RESULTS</c> variable (src/main.js lines 6-13).
/// </summary>
internal static class ReporterRules
{
    /// <summary>The log's per-runner score: passed tests over all tests, times max_score
    /// (src/helpers/test-helpers.js lines 1 and 11-18).</summary>
    public static double LogScore(JsonElement payload)
    {
        var tests = payload.GetProperty("tests").EnumerateArray().ToList();
        double max = payload.GetProperty("max_score").GetDouble();
        return (double)tests.Count(t => t.GetProperty("status").GetString() == "pass") / tests.Count * max;
    }

    /// <summary>The log table's "Total:" row: the runners' log scores and max scores, summed (src/aggregate-results.js lines 30-36).</summary>
    public static (double Score, double Max) LogTotal(IEnumerable<JsonElement> payloads) =>
        payloads.Aggregate((0.0, 0.0), (total, p) => (total.Item1 + LogScore(p), total.Item2 + p.GetProperty("max_score").GetDouble()));

    /// <summary>What it tells Classroom, "Points X/Y": tests' scores and max_score summed over runners whose max_score is
    /// not 0 (src/notify-classroom.js lines 6-21).</summary>
    public static (double Points, double Max) Notified(IEnumerable<JsonElement> payloads) =>
        payloads.Where(p => p.GetProperty("max_score").GetDouble() != 0).Aggregate((0.0, 0.0), (total, p) =>
            (total.Item1 + p.GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("score").GetDouble()), total.Item2 + p.GetProperty("max_score").GetDouble()));

    /// <summary>Whether it fails the step: a runner's status is fail or error (src/main.js lines 19-23).</summary>
    public static bool FailsTheStep(IEnumerable<JsonElement> payloads) =>
        payloads.Any(p => p.GetProperty("status").GetString() is "fail" or "error");
}
