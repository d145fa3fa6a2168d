namespace Grading.Core.Assignments;

/// <summary>A free-text question, scored by a TA after an automatic presence check.</summary>
public sealed class QuestionSpec
{
    public required string Text { get; init; }
    /// <summary>Fewest words for an answer to count as given (not trivially short).</summary>
    public int MinWords { get; init; } = 5;
}
