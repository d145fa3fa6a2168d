using System.Text.Json;

namespace Grading.Tests.Classroom;

/// <summary>
/// Classroom 50's check of an autograder's result.json, re-implemented minimally from
/// foundation50/classroom50 cli/gh-teacher/skeleton/dotgithub/scripts/runner.py (<c>finalize_result</c> stamps owner and
/// assignment_type, then <c>validate_result</c>; collect_scores.py's <c>validate_result</c> holds the same rules):
/// the schema, the identity strings, a <c>submit/</c> submission, whole non-negative scores, each at most its max.
/// Returns the first problem, as the runner would report it, or null.
/// </summary>
internal static class Classroom50Result
{
    public static string? Problem(JsonElement result, string classroom, string assignment)
    {
        if (result.GetProperty("schema").GetString() != "classroom50/result/v1") return "schema";
        if (result.GetProperty("classroom").GetString() != classroom || result.GetProperty("assignment").GetString() != assignment) return "identity";
        if (result.GetProperty("submission").GetString() is not { } submission || !submission.StartsWith("submit/", StringComparison.Ordinal)) return "submission";
        foreach (string field in new[] { "commit", "release", "review", "datetime" })
            if (result.GetProperty(field).GetString() is not { Length: > 0 }) return field;
        if ((WholeProblem(result, "score") ?? WholeProblem(result, "max-score")) is { } top) return top;
        if (result.GetProperty("score").GetInt64() > result.GetProperty("max-score").GetInt64()) return "score > max-score";
        foreach (var test in result.GetProperty("tests").EnumerateArray())
        {
            if (test.GetProperty("test-name").GetString() is not { Length: > 0 }) return "test-name";
            if (test.GetProperty("passed").ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return "passed";
            if ((WholeProblem(test, "score") ?? WholeProblem(test, "max-score")) is { } problem) return problem;
            if (test.GetProperty("score").GetInt64() > test.GetProperty("max-score").GetInt64()) return "tests[].score > max-score";
        }
        return null;
    }

    // Python's isinstance(value, int): a JSON number without a fraction or exponent (json.loads makes 85.0 a float).
    private static string? WholeProblem(JsonElement owner, string field) =>
        owner.GetProperty(field) is { ValueKind: JsonValueKind.Number } value && !value.GetRawText().Any(c => c is '.' or 'e' or 'E') && value.GetInt64() >= 0
            ? null
            : $"{field} must be a non-negative integer";
}
