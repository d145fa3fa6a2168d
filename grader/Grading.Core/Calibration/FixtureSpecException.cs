namespace Grading.Core.Calibration;

/// <summary>A fixture's README has no front matter or front matter that cannot be read; the message names the file and line.</summary>
public sealed class FixtureSpecException(string message) : Exception(message)
{
    public static FixtureSpecException At(string file, long line, string problem) => new($"{file}:{line}: {problem}");
}
