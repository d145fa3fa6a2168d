namespace Grading.Core.Assignments;

/// <summary>One scored check of a section. Which fields matter depends on <see cref="Kind"/>.</summary>
public sealed class CheckSpec
{
    /// <summary>Check kind: the engine's <c>rules</c>, <c>answers</c>, <c>values</c>, or a kind the assignment's harness contributes.</summary>
    public required string Kind { get; init; }
    public required double Points { get; init; }
    /// <summary>Absolute tolerance, for kinds that compare numbers.</summary>
    public double? Tolerance { get; init; }
    /// <summary>Relative tolerance, for kinds that compare numbers.</summary>
    public double? RelativeTolerance { get; init; }
    /// <summary>The name of the run's value a check judges (<c>values</c> and harness kinds), e.g. <c>gradient.a</c>.</summary>
    public string? Key { get; init; }
    /// <summary>The expected value written in the spec (one number or several).</summary>
    public double[]? Expected { get; init; }
    /// <summary>The name of the expected value in the session's reference, when the grader computes it.</summary>
    public string? ExpectedFrom { get; init; }
    /// <summary>An upper bound the value must not exceed (e.g. a validation loss).</summary>
    public double? Maximum { get; init; }
    /// <summary>Line of the check in the YAML file (0 when built in code), for later error messages.</summary>
    public int SourceLine { get; init; }
}
