namespace Grading.Core.Bounds;

/// <summary>
/// How much of what student code produced a section's run may carry back: enough for any honest submission
/// (PS1's longest series is 5,000 losses, an answer a few paragraphs) and small enough that a result, its report and
/// every export stay within a few MB whatever the code returns. Harnesses that know an expected length cut closer
/// (<see cref="RunBoundary.LimitValue"/>).
/// </summary>
public sealed record RunBounds
{
    /// <summary>Numbers kept per named value (a loss history, a trajectory).</summary>
    public int ValueLength { get; init; } = 20_000;
    /// <summary>Characters kept of the error and of each note (an exception's message is the student's to choose).</summary>
    public int TextChars { get; init; } = 8_000;
    /// <summary>Characters kept of each written answer.</summary>
    public int AnswerChars { get; init; } = 20_000;
    /// <summary>Answers kept, when the section does not say how many questions it asks.</summary>
    public int Answers { get; init; } = 100;
    /// <summary>About how many bytes of JSON a run's values, notes, answers and error may take together; past it the
    /// largest of them is halved until they fit.</summary>
    public long RunJsonBytes { get; init; } = 1_000_000;

    public static RunBounds Default { get; } = new();

    /// <summary>Answers kept for a section that asks <paramref name="questions"/> questions: a few spare, never many.</summary>
    public int AnswersFor(int questions) => questions > 0 ? Math.Max(questions * 2, questions + 10) : Answers;
}
