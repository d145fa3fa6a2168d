using System.Text.Json;
using Grading.Core.Calibration;

namespace Grading.Cli.Commands;

/// <summary>The calibration for machines: every fixture's sections, checks and phrases, and the three figures.</summary>
internal static class CalibrationJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static void Write(string assignment, IReadOnlyList<FixtureVerdict> verdicts, CalibrationSummary summary, TextWriter writer)
    {
        var document = new
        {
            Assignment = assignment,
            Fixtures = verdicts.Select(v => new
            {
                v.Spec.Name,
                Kind = v.Spec.Kind == FixtureKind.Correct ? "correct" : "mistake",
                v.Match,
                v.PointsMatch,
                v.ChecksMatch,
                v.MessagesFound,
                Sections = v.Sections.Select(s => new
                {
                    s.Id, s.Expected, s.Actual, s.Max, s.Match, s.Judged, s.ExpectedFailedChecks, FailedChecks = s.ActualFailedChecks,
                }),
                Phrases = v.Phrases.Select(p => new { p.Phrase, p.Found }),
            }),
            Summary = new
            {
                CorrectAtFullMarks = Figure(summary.CorrectAtFullMarks),
                MistakesExact = Figure(summary.MistakesExact),
                MessagesNamingTheMistake = Figure(summary.MessagesNamingTheMistake),
            },
        };
        writer.WriteLine(JsonSerializer.Serialize(document, Options));
    }

    private static object Figure(CalibrationFigure figure) => new { figure.Count, figure.Of, figure.Percent };
}
