using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// In a worker, tensors a section never disposes are collected before its memory limit, at no cost in points but with
/// advice; a section that disposes its tensors is never told so; a tensor that can never fit fails in the call with its shape.
/// (The grades themselves are the fixtures' front matter, checked by the catalog test; these assert what it does not.)
/// </summary>
public class UnreachableMemoryTests
{
    [Test]
    public void Grade_TensorsNeverDisposed_FullMarksAndAdviceToScopeThem()
    {
        var section = FixtureGrading.Result("ps1-autograd", "autograd-grad-zero-inplace").Section("1.4");

        Assert.That(section.Score, Is.EqualTo(section.MaxScore), section.FirstProblem);
        Assert.That(section.Raw.Advice, Has.Count.EqualTo(1));
        Assert.That(section.Raw.Advice![0], Does.Contain("never disposed").And.Contain("NewDisposeScope").And.Contain("No points are lost"));
    }

    [Test]
    public void Grade_SectionsThatDisposeTheirTensors_GetNoAdvice()
    {
        using var folder = new TempFolder("tensor-sections-");
        foreach (string file in new[] { "Section13TensorGradientDescent.cs", "Section14AutogradGradientDescent.cs" })
            File.Copy(Path.Combine(Ps1Grading.Reference, file), Path.Combine(folder.Path, file));

        var result = FixtureGrading.GradeInWorkers("ps1-autograd", folder.Path);

        foreach (string id in new[] { "1.3", "1.4" })
        {
            Assert.That(result.Section(id).Status, Is.EqualTo(SectionStatus.Passed), result.Section(id).FirstProblem);
            Assert.That(result.Section(id).Raw.Advice, Is.Null, id);
        }
    }

    [Test]
    public void Grade_ColumnMinusRow_FailsInTheCallNamingTheSquare()
    {
        var section = FixtureGrading.Result("ps1-autograd", "autograd-column-minus-row").Section("1.4");

        Assert.That(section.Raw.Outcome, Is.EqualTo(Core.Running.RunOutcome.Threw), "the allocation fails inside the call: no kill");
        Assert.That(section.Error, Does.Contain("`-` (`Tensor.sub`)").And.Contain("2.3 GB of doubles"));
    }
}
