namespace Grading.Core.Compiling;

/// <summary>A compiler message in the student's own terms: their file name, line and column.</summary>
public sealed record CompilerDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string SourceLine)
{
    /// <summary>The compiler's usual one-line form: <c>File.cs(12,5): error CS0029: message</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
