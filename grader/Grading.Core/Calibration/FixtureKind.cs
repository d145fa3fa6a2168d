namespace Grading.Core.Calibration;

/// <summary>What a fixture is: correct work (must score like the reference) or a known mistake (must lose exactly its points).</summary>
public enum FixtureKind
{
    Correct,
    Mistake,
}
