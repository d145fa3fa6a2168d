using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Compiling;

/// <summary>
/// Compiles a submission in memory with Roslyn: no msbuild, no restore, no network. It sees the
/// framework and exactly the assemblies the assignment allows.
/// </summary>
public sealed class SubmissionCompiler
{
    // Metadata references are expensive to create (they map the file); share them across submissions.
    private static readonly ConcurrentDictionary<string, MetadataReference> ReferenceCache = new();

    private readonly IReadOnlyList<MetadataReference> _references;

    public SubmissionCompiler(IEnumerable<Assembly> allowedAssemblies)
    {
        _references = FrameworkReferencePaths()
            .Concat(allowedAssemblies.Select(a => a.Location))
            .Distinct()
            .Select(path => ReferenceCache.GetOrAdd(path, p => MetadataReference.CreateFromFile(p)))
            .ToList();
    }

    public CompilationOutcome Compile(SubmissionSource source, string assemblyName)
    {
        var clock = Stopwatch.StartNew();
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var parsed = source.Files
            .Select(f => LineDirectives.Remove(CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), options, path: f.RelativePath)))
            .Select(p => (Directives: p, Program: EntryPoints.Remove(p.Tree)))
            .ToList();
        var trees = parsed.Select(p => p.Program.Tree)
            .Append(CSharpSyntaxTree.ParseText(SourceText.From(ImplicitUsings, Encoding.UTF8), options, path: "<implicit usings>"))
            .ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            _references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release,
                allowUnsafe: false,
                deterministic: true));
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        // A portable PDB makes a student's exception name their own file and line.
        var emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(ToDiagnostic)
            .Concat(parsed.SelectMany(p => new[] { p.Directives.Note, p.Program.Note }).OfType<CompilerDiagnostic>())
            .Concat(emitted.Success ? EnumZeroArguments.Find(compilation) : [])
            .OrderBy(d => d.Severity == "error" ? 0 : 1).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)
            .ToList();
        return emitted.Success
            ? new CompilationOutcome(true, image.ToArray(), symbols.ToArray(), diagnostics, compilation, clock.Elapsed)
            : new CompilationOutcome(false, null, null, diagnostics, compilation, clock.Elapsed);
    }

    /// <summary>The same global usings an SDK project with ImplicitUsings gets, so the template's IDE
    /// build and the grader agree on what compiles.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static CompilerDiagnostic ToDiagnostic(Diagnostic d)
    {
        // The unmapped span (GetLineSpan, not GetMappedLineSpan): the file and line as they are on disk.
        var span = d.Location.GetLineSpan();
        string file = d.Location.IsInSource ? span.Path : "<submission>";
        int line = span.StartLinePosition.Line + 1;
        string text = "";
        if (d.Location.SourceTree is { } tree)
        {
            var lines = tree.GetText().Lines;
            int index = span.StartLinePosition.Line;
            if (index >= 0 && index < lines.Count) text = lines[index].ToString();
        }
        string severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return new CompilerDiagnostic(file, line, span.StartLinePosition.Character + 1, severity, d.Id, d.GetMessage(), text);
    }

    private static IEnumerable<string> FrameworkReferencePaths()
    {
        // The runtime's own assemblies: compile against what the submission will actually run on.
        string tpa = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        // All of it: public types live in System.* and Microsoft.* assemblies alike (Win32Exception, the
        // base of SocketException, is in Microsoft.Win32.Primitives). What may be used is the policy's business.
        return tpa.Split(Path.PathSeparator).Where(p => Path.GetDirectoryName(p) == runtimeDir);
    }
}
