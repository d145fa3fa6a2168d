using System.Reflection;
using System.Runtime.Loader;

namespace Grading.Core.Compiling;

/// <summary>
/// A compiled submission loaded into its own collectible context. Everything it references
/// (contracts, MathNet, TorchSharp) resolves to the grader's copies, so contract types are shared.
/// </summary>
public sealed class SubmissionAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public SubmissionAssembly(CompilationOutcome compiled, string name)
        : this(compiled.Image ?? throw new InvalidOperationException("Cannot load a submission that did not compile."), compiled.Symbols, name)
    {
    }

    public SubmissionAssembly(byte[] image, byte[]? symbols, string name)
    {
        _context = new AssemblyLoadContext(name, isCollectible: true);
        using var imageStream = new MemoryStream(image);
        using var symbolStream = symbols is null ? null : new MemoryStream(symbols);
        Assembly = _context.LoadFromStream(imageStream, symbolStream);
    }

    public Assembly Assembly { get; }

    /// <summary>The public classes implementing <paramref name="contract"/>.</summary>
    public IReadOnlyList<Type> ImplementationsOf(Type contract) =>
        Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && contract.IsAssignableFrom(t)).ToList();

    public void Dispose() => _context.Unload();
}
