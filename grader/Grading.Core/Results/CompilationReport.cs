using Grading.Core.Compiling;

namespace Grading.Core.Results;

/// <summary>How compiling the submission went: every error and warning, in the student's file names.</summary>
public sealed record CompilationReport(bool Succeeded, double DurationMs, IReadOnlyList<string> Files, IReadOnlyList<CompilerDiagnostic> Diagnostics);
