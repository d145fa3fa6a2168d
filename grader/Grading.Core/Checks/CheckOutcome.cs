namespace Grading.Core.Checks;

/// <summary>The verdict of one check: points earned, and a message the student can act on.</summary>
/// <param name="Pending">Passed the automatic part; the points wait for a TA.</param>
/// <param name="Tolerance">The tolerance a numeric check compared with, for reports.</param>
/// <param name="Compared">The values it compared, one row each, when the check wants them shown (null otherwise).</param>
public sealed record CheckOutcome(string Name, string Kind, bool Passed, bool Pending, double Points, double MaxPoints, string Message,
    double? Tolerance = null, IReadOnlyList<ComparedValue>? Compared = null);
