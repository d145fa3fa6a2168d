using Grading.Core.Bounds;

namespace Grading.Tests.Bounds;

public class BoundedSequenceTests
{
    [Test]
    public void Read_LazyHundredMillion_KeepsTheHeadAndCountsTheRestWithoutHoldingIt()
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var read = BoundedSequence.Read(Enumerable.Repeat(1.5, 100_000_000), 20_000);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.That(read.Kept, Has.Count.EqualTo(20_000));
        Assert.That((read.Length, read.AtLeast), Is.EqualTo((100_000_000L, false)));
        Assert.That(allocated, Is.LessThan(10_000_000), "10^8 doubles (800 MB) were never held");
        Assert.That(read.Cut("values", "x", "the loss history", "values")!.Note, Is.EqualTo("the loss history had 100,000,000 values; the first 20,000 were kept"));
    }

    [Test]
    public void Read_ListClaimingABillionItems_TrustsItsCountAndReadsOnlyTheHead()
    {
        var read = BoundedSequence.Read(new ClaimingList(1_000_000_000), 10);
        Assert.That(read.Kept, Is.EqualTo(Enumerable.Range(0, 10).Select(i => $"answer {i}")));
        Assert.That(read.Length, Is.EqualTo(1_000_000_000));
    }

    [Test]
    public void Read_EndlessSequence_StopsCountingAndSaysMoreThan()
    {
        static IEnumerable<int> Endless() { while (true) yield return 0; }
        var read = BoundedSequence.Read(Endless(), 3);
        Assert.That((read.Length, read.AtLeast), Is.EqualTo((BoundedSequence.CountLimit, true)));
        Assert.That(read.Cut("answers", null, "the answers", "answers")!.Note, Does.StartWith("the answers had more than 200,000,000 answers"));
    }

    [Test]
    public void Read_ShortSequence_IsKeptWhole()
    {
        var read = BoundedSequence.Read(new[] { 1.0, 2.0 }, 10);
        Assert.That((read.Kept, read.Length, read.WasCut), Is.EqualTo((new[] { 1.0, 2.0 }, 2L, false)));
        Assert.That(read.Cut("values", "x", "x", "values"), Is.Null);
    }
}
