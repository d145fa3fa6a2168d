namespace Grading.Core.Calibration;

/// <summary>
/// The grader's calibration on an assignment's fixtures, in the three figures the project reports: correct work at
/// full marks, mistakes losing exactly their points, and messages that name the mistake.
/// </summary>
public sealed record CalibrationSummary(CalibrationFigure CorrectAtFullMarks, CalibrationFigure MistakesExact, CalibrationFigure MessagesNamingTheMistake)
{
    public static CalibrationSummary Of(IReadOnlyCollection<FixtureVerdict> verdicts)
    {
        var correct = verdicts.Where(v => v.Spec.Kind == FixtureKind.Correct).ToList();
        var mistakes = verdicts.Where(v => v.Spec.Kind == FixtureKind.Mistake).ToList();
        return new CalibrationSummary(
            new CalibrationFigure(correct.Count(v => v.PointsMatch), correct.Count),
            new CalibrationFigure(mistakes.Count(v => v.PointsMatch && v.ChecksMatch), mistakes.Count),
            // A mistake fixture that expects no phrase proves nothing about its message: it counts as not naming it.
            new CalibrationFigure(mistakes.Count(v => v.Phrases.Count > 0 && v.MessagesFound), mistakes.Count));
    }
}
