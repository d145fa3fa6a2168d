using Grading.Core.Bulk;

namespace Grading.Tests.Bulk;

public class ShardTests
{
    [Test]
    public void Slice_ThreeShards_AreDisjointAndCoverTheClass()
    {
        var students = Enumerable.Range(0, 10).Select(i => $"s{i:00}").ToList();
        var slices = Enumerable.Range(1, 3).Select(k => new Shard(k, 3).Slice(students)).ToList();
        Assert.That(slices.SelectMany(s => s).Order(), Is.EqualTo(students));
        Assert.That(slices.Select(s => s.Count), Is.EqualTo(new[] { 4, 3, 3 }));
    }

    [TestCase("2/3", 2, 3)]
    [TestCase("1/1", 1, 1)]
    public void Parse_ValidShard_ReadsIt(string text, int k, int n) => Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(k, n)));

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("2")]
    [TestCase("a/b")]
    public void Parse_InvalidShard_Throws(string text) =>
        Assert.That(() => Shard.Parse(text), Throws.TypeOf<BulkInputException>().With.Message.Contains("k/N"));
}
