using Grading.Core.Audit;
using Grading.Core.Compiling;
using Grading.Tests.Support;

namespace Grading.Tests.Audit;

/// <summary>Mutants of PS1's reference and of a student-shaped submission: each is graded on the sections that run
/// the changed code, whatever file or class it sits in.</summary>
public sealed class MutantGeneratorTests
{
    private static readonly HashSet<string> Audited = ["1.1", "1.2", "1.3", "1.4"];

    private static IReadOnlyList<Mutant> Generate(string folder)
    {
        var source = SubmissionSource.Read(folder);
        var compiled = Ps1Grading.Grader.Compile(source);
        Assert.That(compiled.Succeeded, Is.True, string.Join("\n", compiled.Errors));
        var reach = SectionReach.Of(compiled.Compilation, Ps1Grading.Grader.Spec.Sections);
        return new MutantGenerator(MutationOperators.All).Generate(compiled.Compilation, source.Files.Select(f => f.RelativePath).ToHashSet(), reach, Audited);
    }

    [Test]
    public void Generate_Reference_GivesEachFileItsSectionAndLeavesTheAnswersOut()
    {
        var mutants = Generate(Ps1Grading.Reference);

        Assert.That(mutants.Select(m => m.Id), Is.Unique);
        Assert.That(mutants.Select(m => m.Operator).Distinct(), Is.SupersetOf(new[]
        {
            "arithmetic", "constant", "factor", "loop-bound", "compound-assignment", "statement-removal", "no-grad-scope",
            "swap-arguments", "in-place", "learning-rate", "requires-grad", "detach", "earlier-variable",
        }));
        var expected = new Dictionary<string, string>
        {
            ["Section11ClosedForm.cs"] = "1.1", ["Section12ArrayGradientDescent.cs"] = "1.2",
            ["Section13TensorGradientDescent.cs"] = "1.3", ["Section14AutogradGradientDescent.cs"] = "1.4",
        };
        foreach (var mutant in mutants)
            Assert.That(mutant.Sections, Is.EqualTo(new[] { expected[mutant.File] }), mutant.Id);
        Assert.That(mutants.Where(m => m.File.StartsWith("Section15", StringComparison.Ordinal)), Is.Empty, "1.5's answers are a TA's");
    }

    [Test]
    public void Generate_Reference_RecordsTheLoopsHoldingEachChange()
    {
        var mutants = Generate(Ps1Grading.Reference);

        var clear = mutants.Single(m => m.Description == "the gradient clear removed: tb.grad = null;");
        Assert.That(clear.Member, Is.EqualTo("Train"));
        Assert.That(clear.Inside, Is.EqualTo(new[] { "using (no_grad())", "for (int t = 0; t < options.Epochs; t++)" }));
        var header = mutants.First(m => m.Operator == "loop-bound" && m.Original == "i < y.Length");
        Assert.That(header.Inside, Is.Empty, "a loop's own header is not inside its body");
    }

    [Test]
    public void Generate_OneClassForTwoSections_FollowsTheCodeEachSectionRuns()
    {
        using var folder = new TempFolder("audit-two-sections-");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs").Where(f => !Path.GetFileName(f).StartsWith("Section13") && !Path.GetFileName(f).StartsWith("Section14")))
            folder.Write(Path.GetFileName(file), File.ReadAllText(file));
        folder.Write("TensorSections.cs", File.ReadAllText(Path.Combine(Ps1Grading.Fixture("one-class-two-tensor-sections"), "TensorSections.cs")));

        var mutants = Generate(folder.Path).Where(m => m.File == "TensorSections.cs").ToList();

        Assert.That(mutants.Single(m => m.Original == "2.0 / n" && m.Operator == "arithmetic").Sections, Is.EqualTo(new[] { "1.3" }));
        Assert.That(mutants.Single(m => m.Operator == "statement-removal" && m.Original == "loss.backward();").Sections, Is.EqualTo(new[] { "1.4" }));
        Assert.That(mutants.First(m => m.Member == "Predict").Sections, Is.EqualTo(new[] { "1.3", "1.4" }), "a helper both call");
        Assert.That(mutants.First(m => m.Operator == "learning-rate").Sections, Is.EqualTo(new[] { "1.3", "1.4" }), "the shared rate");
    }
}
