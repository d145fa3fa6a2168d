using System.Reflection;

namespace Grading.Tests.Architecture;

/// <summary>
/// The engine knows no assignment: whatever PS1 needs (least squares, weights, epochs, learning rates, the housing
/// data) lives in <c>assignments/ps1-autograd</c>, behind the engine's generic extension points.
/// </summary>
public class EngineVocabularyTests
{
    private static readonly string[] EngineAssemblies = ["Grading.Core", "Grading.Reports", "Grading.Contracts", "grader"];

    [TestCaseSource(nameof(EngineAssemblies))]
    public void EngineAssembly_NamesNothingOfPs1(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));

        var offences = AssignmentVocabulary.Offences(AssignmentVocabulary.TypesOf(assembly), AssignmentVocabulary.Ps1Words).ToList();

        Assert.That(offences, Is.Empty, $"{assemblyName} names PS1's concepts; move them into assignments/ps1-autograd.");
    }

    [Test]
    public void Offences_PlantedPs1Names_AreEachFound()
    {
        var offences = AssignmentVocabulary.Offences([typeof(PlantedTrainingRecord), typeof(PlantedReport)], AssignmentVocabulary.Ps1Words).ToList();

        Assert.That(offences, Has.Some.Contains("PlantedTrainingRecord").And.Contains("(Training)"), "a type name");
        Assert.That(offences, Has.Some.Contains("'FinalWeights' (Weight)"), "a property");
        Assert.That(offences, Has.Some.Contains("'epochs' (Epoch)"), "a parameter");
        Assert.That(offences, Has.Some.Contains("'_housing' (Housing)"), "a private field");
        Assert.That(offences.Where(o => o.Contains("PlantedReport", StringComparison.Ordinal)), Is.Empty, "a generic type is not flagged");
    }

    [Test]
    public void Offences_Ps1Harness_IsFlagged()
    {
        // The detector on the assembly where PS1's words belong: proof that it reads real assemblies too.
        var offences = AssignmentVocabulary.Offences(AssignmentVocabulary.TypesOf(typeof(Ps1Autograd.Grading.Ps1Harness).Assembly), AssignmentVocabulary.Ps1Words);

        Assert.That(offences, Has.Some.Contains("LeastSquaresReference"));
    }
}
