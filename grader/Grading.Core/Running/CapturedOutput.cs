namespace Grading.Core.Running;

/// <summary>What a section printed: head and tail kept, the middle counted when it was too long.</summary>
public sealed record CapturedOutput(string Text, long TruncatedChars)
{
    public static readonly CapturedOutput Empty = new("", 0);
}
