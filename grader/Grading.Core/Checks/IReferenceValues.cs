namespace Grading.Core.Checks;

/// <summary>
/// A reference that can answer for named values (scalars as one-element arrays, vectors as arrays), so
/// the engine's <c>values</c> check can compare a run's values with <c>expected_from: name</c>.
/// </summary>
public interface IReferenceValues
{
    /// <summary>The expected value called <paramref name="name"/>, or null when the reference has none.</summary>
    double[]? Value(string name);
}
