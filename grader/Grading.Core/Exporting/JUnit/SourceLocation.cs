using System.Globalization;
using System.Text.RegularExpressions;

namespace Grading.Core.Exporting.JUnit;

/// <summary>A place in the student's source that a JUnit case points at: a compiler error, a broken rule, the line an
/// exception left the submission's code.</summary>
/// <param name="Column">0 when unknown.</param>
internal sealed partial record SourceLocation(string File, int Line, int Column = 0)
{
    /// <summary>"at File.cs:12:5", the last line of a failure's text. CI reporters that find no <c>line</c> attribute look
    /// for <c>File:line</c> in the text (mikepenz/action-junit-report, src/testParser.ts resolveFileAndLine: the
    /// pattern <c>` [^ ]*{file}.*?:\d+`</c>, so a space before the file and a colon before the line).</summary>
    public override string ToString() =>
        Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"at {File}:{Line}:{Column}") : string.Create(CultureInfo.InvariantCulture, $"at {File}:{Line}");

    /// <summary>Where an exception left the submission's code, from a run's error: the grader words it
    /// " (in Class.Method, File.cs line 12)" (StudentFrame.Suffix) or " at File.cs line 12" (an out-of-memory
    /// message); the last such place is the one named. Null when the error names none.</summary>
    public static SourceLocation? OfRunError(string? error)
    {
        if (error is null) return null;
        var matches = ErrorPlace().Matches(error);
        if (matches.Count == 0) return null;
        var last = matches[^1];
        return int.TryParse(last.Groups["line"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int line) && line > 0
            ? new SourceLocation(last.Groups["file"].Value, line)
            : null;
    }

    [GeneratedRegex(@"(?:, | at )(?<file>[^\s,()][^,()\n]*?\.cs) line (?<line>\d{1,9})\b")]
    private static partial Regex ErrorPlace();
}
