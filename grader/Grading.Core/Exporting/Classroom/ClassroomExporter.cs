using System.Text;
using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Classroom;

/// <summary>
/// <c>--format classroom</c>, for courses still using GitHub Classroom's grading reporter
/// (<c>classroom-resources/autograding-grading-reporter@v1</c>): three lines for <c>$GITHUB_OUTPUT</c>,
/// <c>earned=</c>, <c>lost=</c> and <c>pending=</c>, each the base64 of one runner's <see cref="ClassroomPayload"/>
/// (<see cref="ClassroomRunners"/> says why three). The reporter reads runner R from the variable <c>R_RESULTS</c>
/// (src/main.js lines 6-13), so the workflow passes <c>runners: earned,lost,pending</c> and maps
/// <c>EARNED_RESULTS</c>, <c>LOST_RESULTS</c> and <c>PENDING_RESULTS</c> to the step's outputs.
/// </summary>
public sealed class ClassroomExporter : IResultExporter
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Format => "classroom";

    /// <summary>GitHub refuses a step output over 1 MB; each runner's payload stays well under it.</summary>
    public const int MaxPayloadChars = 900_000;

    // Characters of each message kept, tried in turn until every payload fits: the messages are already clipped, so
    // only an assignment with very many sections ever needs the shorter ones.
    private static readonly int[] MessageBudgets = [ExportText.MessageChars, 500, 100];

    public void Export(GradingResult result, TextWriter writer)
    {
        IReadOnlyList<(string Runner, string Encoded)> lines = [];
        foreach (int budget in MessageBudgets)
        {
            lines = Payloads(result, budget).Select(p => (p.Runner, Encode(p.Payload))).ToList();
            if (lines.All(l => l.Encoded.Length <= MaxPayloadChars)) break;
        }
        foreach (var (runner, encoded) in lines) writer.Write($"{runner}={encoded}\n");
    }

    public static IReadOnlyList<(string Runner, ClassroomPayload Payload)> Payloads(GradingResult result, int messageChars = ExportText.MessageChars) =>
        ClassroomRunners.Create(result, messageChars);

    private static string Encode(ClassroomPayload payload) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload, Options)));
}
