using Microsoft.CodeAnalysis;

namespace Grading.Tests.Support;

/// <summary>
/// The references a PS1 submission is compiled against, taken from the test's own output folder:
/// the framework, MathNet.Numerics, TorchSharp and the contracts.
/// </summary>
public static class MetadataReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Ps1References = new(BuildPs1References);

    /// <summary>Framework + MathNet + TorchSharp + Grading.Contracts + PS1 contracts, built once per test run.</summary>
    public static IReadOnlyList<MetadataReference> ForPs1 => Ps1References.Value;

    private static IReadOnlyList<MetadataReference> BuildPs1References()
    {
        var trustedPlatformAssemblies = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var libraries = new[]
        {
            typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly.Location,
            typeof(TorchSharp.torch).Assembly.Location,
            typeof(Ps1Autograd.ISection12ArrayGradientDescent).Assembly.Location,
            typeof(Grading.Contracts.IWrittenAnswers).Assembly.Location,
        };
        // The test host's TPA list already holds the libraries; keep one reference per file name.
        return trustedPlatformAssemblies
            .Concat(libraries)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.Last()))
            .ToList();
    }
}
