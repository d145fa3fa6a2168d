using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>A location as the student sees it: their file name, 1-based line and column, and the line's code.</summary>
internal sealed record SourcePosition(string File, int Line, int Column, string Code)
{
    public static SourcePosition Of(Location location)
    {
        // The unmapped span: a `#line` directive in a submission must not move where a use is reported.
        var span = location.GetLineSpan();
        var code = location.SourceTree is { } tree
            ? tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim()
            : "";
        return new SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, code);
    }

    /// <summary><c>File.cs(41,17)</c>, the compiler's own way of writing a position.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
