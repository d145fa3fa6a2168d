using Grading.Core.Exporting.Text;

namespace Grading.Tests.Exporting.Text;

public class CellWrapTests
{
    [Test]
    public void Truncate_FitsUnchanged_LongerCutWithEllipsisInTheCells()
    {
        Assert.That(CellWrap.Truncate("short", 10), Is.EqualTo("short"));
        Assert.That(CellWrap.Truncate("abcdefghijkl", 10), Is.EqualTo("abcdefghi…"));
        Assert.That(CellWrap.Truncate("学生学生学生", 7), Is.EqualTo("学生学…"), "three wide characters and the ellipsis: 7 cells");
    }

    [Test]
    public void Truncate_AtAnEmoji_NeverLeavesHalfASurrogatePair()
    {
        string cut = CellWrap.Truncate("abcd\U0001F600\U0001F600\U0001F600", 6);
        Assert.That(cut, Is.EqualTo("abcd…"), "the emoji would need cells 5-6, the ellipsis needs 6");
        Assert.That(cut.Any(char.IsSurrogate), Is.False);
    }

    [Test]
    public void Wrap_Words_BreaksAtSpacesWithinTheWidth()
    {
        var lines = CellWrap.Wrap("the factor 2 of the gradient is missing", 16, 5);
        Assert.That(lines, Is.EqualTo(new[] { "the factor 2 of", "the gradient is", "missing" }));
    }

    [Test]
    public void Wrap_WordWiderThanTheLine_IsBrokenBetweenClusters()
    {
        var lines = CellWrap.Wrap("x " + new string('y', 25), 10, 5);
        Assert.That(lines, Is.EqualTo(new[] { "x", "yyyyyyyyyy", "yyyyyyyyyy", "yyyyy" }));
        var wide = CellWrap.Wrap(string.Concat(Enumerable.Repeat("学\U0001F600", 6)), 5, 10);
        Assert.That(wide.Select(TerminalCells.Width), Has.All.LessThanOrEqualTo(5));
        Assert.That(string.Concat(wide), Is.EqualTo(string.Concat(Enumerable.Repeat("学\U0001F600", 6))), "nothing lost or split");
    }

    [Test]
    public void Wrap_MoreThanMaxLines_LastLineFilledThenEllipsis()
    {
        var lines = CellWrap.Wrap("one two three four five six seven eight nine ten", 10, 2);
        Assert.That(lines, Is.EqualTo(new[] { "one two", "three fou…" }));
    }

    [Test]
    public void Wrap_EmptyOrSpaces_NoLines() => Assert.That(CellWrap.Wrap("   ", 10, 3), Is.Empty);
}
