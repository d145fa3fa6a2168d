using System.Text.Json;
using System.Text.Json.Nodes;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Classroom50;

/// <summary>
/// <c>--format classroom50</c>: the grade part of Classroom 50's <c>result.json</c> (schema <c>classroom50/result/v1</c>,
/// foundation50/classroom50 wiki/Advanced-Autograding.md "The result.json contract"): <c>score</c>, <c>max-score</c>
/// and one test per section. The course's <c>autograder.py</c> (docs/classroom50/) adds the identity fields the runner
/// passes it (classroom, assignment, submission, commit, release, review) and writes the file; the runner stamps the
/// owner and dates. The runner and the score collector accept only non-negative whole numbers, each test's score at most
/// its max-score (cli/gh-teacher/skeleton/dotgithub/scripts/runner.py, <c>validate_result</c>), so points are whole
/// points rounded down (22.5 counts 22, never 23); the exact points stay beside them in fields of our own
/// (<c>points</c>, <c>max-points</c>, <c>pending-points</c>), which the runner keeps verbatim. Points waiting for a TA
/// are in <c>max-score</c> and not in <c>score</c>, and such a test has not <c>passed</c>.
/// </summary>
public sealed class Classroom50Exporter : IResultExporter
{
    public const string Schema = "classroom50/result/v1";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Format => "classroom50";

    public void Export(GradingResult result, TextWriter writer) => writer.Write(Document(result).ToJsonString(Indented) + "\n");

    public static JsonObject Document(GradingResult result) => new()
    {
        ["schema"] = Schema,
        ["score"] = WholePoints(result.Score),
        ["max-score"] = WholePoints(result.MaxScore),
        ["points"] = result.Score,
        ["max-points"] = result.MaxScore,
        ["pending-points"] = result.PendingPoints,
        ["tests"] = new JsonArray(result.Sections.Select(Test).ToArray<JsonNode?>()),
    };

    private static JsonObject Test(SectionResult section) => new()
    {
        ["test-name"] = Name(section),
        ["passed"] = section.Status == SectionStatus.Passed,
        ["score"] = WholePoints(section.Score),
        ["max-score"] = WholePoints(section.MaxScore),
        ["points"] = section.Score,
        ["max-points"] = section.MaxScore,
        ["pending-points"] = section.PendingPoints,
        ["status"] = section.Status.ToString().ToLowerInvariant(),
        ["message"] = SectionVerdicts.Message(section),
    };

    /// <summary>The runner prints a test's name at the start of a log line and in a Markdown table (runner.py
    /// <c>render_log_report</c>, <c>render_release_body</c>) and the CLI refuses control characters in names: one line,
    /// nothing unsafe, under its 100 bytes.</summary>
    private static string Name(SectionResult section)
    {
        string name = string.Concat(SectionVerdicts.Name(section).ReplaceLineEndings(" ")
            .Select(c => Text.UnsafeCharacters.IsUnsafe(c) ? '\uFFFD' : c));
        if (section.PendingPoints > 0) name += " (TA grade pending)";
        while (System.Text.Encoding.UTF8.GetByteCount(name) > 100) name = name[..^2] + "…";
        return name;
    }

    /// <summary>Rounded down, with a margin for sums like 84.99999999 that mean 85.</summary>
    public static int WholePoints(double points) => Math.Max(0, (int)Math.Floor(points + 1e-9));
}
