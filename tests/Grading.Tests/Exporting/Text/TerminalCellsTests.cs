using Grading.Core.Exporting.Text;

namespace Grading.Tests.Exporting.Text;

/// <summary>Cells as a terminal counts them (wcwidth's rules, which xterm.js, VTE and Windows Terminal follow for these):
/// string.Length is wrong for each case but plain ASCII.</summary>
public class TerminalCellsTests
{
    [TestCase("abc", 3, 3)]
    [TestCase("学生", 4, 2)]                         // CJK ideographs: two cells, one UTF-16 unit each
    [TestCase("ｆｕｌｌ", 8, 4)]                     // fullwidth Latin
    [TestCase("한글", 4, 2)]                         // Hangul syllables
    [TestCase("\U0001F600", 2, 2)]                  // an emoji: two cells, a surrogate pair
    [TestCase("\U0001F468\u200D\U0001F469\u200D\U0001F467", 2, 8)] // a ZWJ family: one glyph
    [TestCase("e\u0301e\u0301", 2, 4)]               // combining acute accents take no cell
    [TestCase("\U0001F44D\U0001F3FD", 2, 4)]        // thumbs up with a skin tone modifier
    [TestCase("a\u200Bb", 2, 3)]                     // a zero-width space
    public void Width_Text_CountsCellsNotUtf16Units(string text, int cells, int length)
    {
        Assert.That(TerminalCells.Width(text), Is.EqualTo(cells));
        Assert.That(text, Has.Length.EqualTo(length), "the case really differs from string.Length (or is the ASCII control)");
    }

    [Test]
    public void PadRight_WideText_PadsToCellsSoTheNextColumnLinesUp()
    {
        Assert.That(TerminalCells.PadRight("学生", 6), Is.EqualTo("学生  "));
        Assert.That(TerminalCells.PadRight("ab", 6), Is.EqualTo("ab    "));
        Assert.That("学生".PadRight(6), Is.EqualTo("学生    "), "string.PadRight would leave the wide one two cells too long");
    }

    [Test]
    public void Clusters_EmojiAndAccents_AreNeverSplit() =>
        Assert.That(TerminalCells.Clusters("a\U0001F600e\u0301"), Is.EqualTo(new[] { "a", "\U0001F600", "e\u0301" }));
}
