using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Tests.Support;

namespace Grading.Tests.Assignments;

public class VariantSeedTests
{
    private static SubmissionSource Source(params (string Name, string Text)[] files)
    {
        using var folder = new TempFolder("variant-seed-");
        foreach (var (name, text) in files) folder.Write(name, text);
        return SubmissionSource.Read(folder.Path);
    }

    [Test]
    public void For_SameCodeAndSecret_SameSeed()
    {
        var source = Source(("A.cs", "class A {}"), ("B.cs", "class B {}"));

        Assert.That(VariantSeed.For("course secret", source), Is.EqualTo(VariantSeed.For("course secret", source)));
    }

    [Test]
    public void For_AnyChangeToTheCode_ANewSeed()
    {
        int seed = VariantSeed.For("course secret", Source(("A.cs", "class A {}"), ("B.cs", "class B {}")));

        Assert.That(VariantSeed.For("course secret", Source(("A.cs", "class A { }"), ("B.cs", "class B {}"))), Is.Not.EqualTo(seed), "one space");
        Assert.That(VariantSeed.For("course secret", Source(("A.cs", "class A {}"), ("C.cs", "class B {}"))), Is.Not.EqualTo(seed), "a file's name");
        // Text moved across a file boundary is another submission.
        Assert.That(VariantSeed.For("course secret", Source(("A.cs", "class A {}class B"), ("B.cs", " {}"))), Is.Not.EqualTo(seed));
    }

    [Test]
    public void For_AnotherSecret_AnotherSeed()
    {
        var source = Source(("A.cs", "class A {}"));

        Assert.That(VariantSeed.For("one course", source), Is.Not.EqualTo(VariantSeed.For("another course", source)));
    }

    [Test]
    public void For_NoSecret_ANewSeedEachRunAndNeverNegative()
    {
        var source = Source(("A.cs", "class A {}"));
        var seeds = Enumerable.Range(0, 20).Select(_ => VariantSeed.For(null, source)).ToList();

        Assert.That(seeds.Distinct().Count(), Is.GreaterThan(15), "a self-check draws a new variant every run");
        Assert.That(seeds.Concat([VariantSeed.For("s", source)]), Has.All.GreaterThanOrEqualTo(0));
    }
}
