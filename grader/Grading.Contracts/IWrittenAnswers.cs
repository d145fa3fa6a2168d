namespace Grading.Contracts;

/// <summary>Free-text answers to an assignment's questions, in the order the questions are asked.</summary>
public interface IWrittenAnswers
{
    /// <summary>One answer per question; an empty string is an unanswered question.</summary>
    IReadOnlyList<string> Answers { get; }
}
