using System.Text;
using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// <c>--format classroom</c>: base64 of a <see cref="ClassroomPayload"/>, the value of the workflow step
/// output <c>result</c> that the grading reporter reads. One test per section, with its real partial
/// score, so Classroom records exactly the grade the result holds.
/// </summary>
public sealed class ClassroomExporter : IResultExporter
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Format => "classroom";

    /// <summary>GitHub refuses a step output over 1 MB; the payload stays well under it.</summary>
    public const int MaxPayloadChars = 900_000;

    // Characters of each message kept, tried in turn until the payload fits: the messages are already clipped, so
    // only an assignment with very many sections ever needs the shorter ones.
    private static readonly int[] MessageBudgets = [ExportText.MessageChars, 500, 100];

    public void Export(GradingResult result, TextWriter writer)
    {
        string encoded = "";
        foreach (int budget in MessageBudgets)
        {
            encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Payload(result, budget), Options)));
            if (encoded.Length <= MaxPayloadChars) break;
        }
        writer.Write(encoded);
    }

    public static ClassroomPayload Payload(GradingResult result, int messageChars = ExportText.MessageChars) =>
        new(1, OverallStatus(result), result.MaxScore, result.Sections.Select(s => Test(result, s, messageChars)).ToList());

    /// <summary>error when a section could not run (it did not compile, threw, timed out), fail when points were lost, else pass.</summary>
    private static string OverallStatus(GradingResult result) =>
        result.Sections.Any(s => s.Status == SectionStatus.Error) ? "error"
        : result.Sections.All(SectionVerdicts.Passed) ? "pass" : "fail";

    private static ClassroomTest Test(GradingResult result, SectionResult section, int messageChars)
    {
        var (file, line) = Location(result, section);
        string status = section.Status == SectionStatus.Error ? "error" : SectionVerdicts.Passed(section) ? "pass" : "fail";
        return new ClassroomTest(SectionVerdicts.Name(section), status, section.Score, SectionVerdicts.Message(section, messageChars),
            $"dotnet grader check . --assignment {result.Assignment}  # section {section.Id}", ExportText.Clip(file, 300), line,
            SectionVerdicts.Seconds(section.DurationMs) + "s");
    }

    /// <summary>Where to look first: the first compile error, else the section's first broken rule; else nowhere.</summary>
    private static (string File, int Line) Location(GradingResult result, SectionResult section)
    {
        if (result.Compilation.Diagnostics.FirstOrDefault(d => d.Severity == "error") is { } error) return (error.File, error.Line);
        return section.Raw.RuleViolations.FirstOrDefault(v => !v.CouldNotTell) is { } violation ? (violation.File, violation.Line) : ("", 0);
    }
}
