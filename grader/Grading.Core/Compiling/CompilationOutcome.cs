using Microsoft.CodeAnalysis;

namespace Grading.Core.Compiling;

/// <summary>What compiling a submission produced: the image on success, the diagnostics always.</summary>
public sealed record CompilationOutcome(
    bool Succeeded,
    byte[]? Image,
    byte[]? Symbols,
    IReadOnlyList<CompilerDiagnostic> Diagnostics,
    Microsoft.CodeAnalysis.Compilation Compilation,
    TimeSpan Duration)
{
    public IEnumerable<CompilerDiagnostic> Errors => Diagnostics.Where(d => d.Severity == "error");
}
