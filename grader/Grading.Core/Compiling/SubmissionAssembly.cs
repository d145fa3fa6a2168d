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
    {
        if (compiled.Image is null) throw new InvalidOperationException("Cannot load a submission that did not compile.");
        _context = new AssemblyLoadContext(name, isCollectible: true);
        using var image = new MemoryStream(compiled.Image);
        using var symbols = compiled.Symbols is null ? null : new MemoryStream(compiled.Symbols);
        Assembly = _context.LoadFromStream(image, symbols);
    }

    public Assembly Assembly { get; }

    /// <summary>The public classes implementing <paramref name="contract"/>.</summary>
    public IReadOnlyList<Type> ImplementationsOf(Type contract) =>
        Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && contract.IsAssignableFrom(t)).ToList();

    public void Dispose() => _context.Unload();
}
