using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Compiling;

/// <summary>Files that redeclare a type the grader provides are left out of the compile; every other file stays.</summary>
public class ProvidedTypeFilterTests
{
    private static readonly Lazy<ProvidedTypeFilter> Filter = new(() => new ProvidedTypeFilter(new Ps1Autograd.Grading.Ps1Harness().SubmissionReferences));

    private static (string[] Kept, string[] Warnings) Apply(params (string File, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (file, text) in files) folder.Write(file, text);
        var (kept, leftOut) = Filter.Value.Apply(SubmissionSource.Read(folder.Path));
        return (kept.Files.Select(f => f.RelativePath).ToArray(), leftOut.Select(d => d.ToString()).ToArray());
    }

    [Test]
    public void Apply_CopiesOfProvidedTypes_AreLeftOutWithAWarningNamingFileLineAndType()
    {
        var (kept, warnings) = Apply(
            ("Mine.cs", "namespace Submission; public class Mine { }"),
            ("contracts/ISection12ArrayGradientDescent.cs", "namespace Ps1Autograd;\n\npublic interface ISection12ArrayGradientDescent { TrainingRun Train(HousingData d, TrainingOptions o); int Bonus { get; } }"),
            ("contracts/Run.cs", "namespace Ps1Autograd { public sealed record TrainingRun(double[] Weights); }"),
            ("Vec.cs", "namespace MathNet.Numerics.LinearAlgebra; public abstract class Vector<T> { }"));
        Assert.That(kept, Is.EqualTo(new[] { "Mine.cs" }));
        Assert.That(warnings, Has.Length.EqualTo(3));
        Assert.That(warnings, Has.Some.StartsWith("contracts/ISection12ArrayGradientDescent.cs(3,1): warning PROVIDED: contracts/ISection12ArrayGradientDescent.cs was not compiled: it declares Ps1Autograd.ISection12ArrayGradientDescent"));
        Assert.That(warnings, Has.Some.Contains("it declares Ps1Autograd.TrainingRun"));
        Assert.That(warnings, Has.Some.Contains("it declares MathNet.Numerics.LinearAlgebra.Vector~1"));
    }

    [Test]
    public void Apply_SameNamesElsewhere_AreTheSubmissionsOwnAndStay()
    {
        var (kept, warnings) = Apply(
            ("A.cs", "namespace Submission; public record TrainingRun(int X); public interface ISection12ArrayGradientDescent { }"),
            ("B.cs", "namespace Ps1Autograd.Helpers { public class HousingData { } }"),
            ("C.cs", "namespace Ps1Autograd { public class Outer { public interface ISection11ClosedForm { } } }"),
            ("D.cs", "public class Vector<T, U> { }"));
        Assert.That(kept, Is.EqualTo(new[] { "A.cs", "B.cs", "C.cs", "D.cs" }));
        Assert.That(warnings, Is.Empty);
    }
}
