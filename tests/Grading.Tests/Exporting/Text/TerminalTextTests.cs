using Grading.Core.Exporting.Text;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Text;

public class TerminalTextTests
{
    [Test]
    public void Line_EscapeSequences_ShowAsVisibleEscapes() =>
        Assert.That(TerminalText.Line("\u001b[31mred\u001b]0;title\u0007\u009b2K"), Is.EqualTo("\\x1B[31mred\\x1B]0;title\\x07\\x9B2K"));

    [Test]
    public void Line_CarriageReturnAndBackspace_CannotOverwriteTheLine() =>
        Assert.That(TerminalText.Line("0/100\b\b\b\b\b\rScore: 100/100"), Is.EqualTo("0/100\\x08\\x08\\x08\\x08\\x08\\x0DScore: 100/100"));

    [Test]
    public void Line_LineBreaksAndTabs_AreEscapedSoTheTextStaysOnItsLine() =>
        Assert.That(TerminalText.Line("a\nb\r\nc\td"), Is.EqualTo("a\\x0Ab\\x0D\\x0Ac\\x09d"));

    [TestCase('\u202A')]
    [TestCase('\u202E')]
    [TestCase('\u2066')]
    [TestCase('\u2069')]
    [TestCase('\u200E')]
    [TestCase('\u200F')]
    public void Line_BidiControl_ShowsAsItsCodePoint(char bidi) =>
        Assert.That(TerminalText.Line($"a{bidi}b"), Is.EqualTo($"a\\u{(int)bidi:X4}b"));

    [Test]
    public void Lines_KeepLineFeedsAndEscapeEverythingElse() =>
        Assert.That(TerminalText.Lines("one\r\ntwo\n\u001b[1Athree\rfour"), Is.EqualTo("one\ntwo\n\\x1B[1Athree\\x0Dfour"));

    [Test]
    public void Line_OrdinaryText_IsUnchanged() =>
        Assert.That(TerminalText.Line("1.2: the factor 2 of d/dw (ŷ − y)² is missing — José's [red] *x*"),
            Is.EqualTo("1.2: the factor 2 of d/dw (ŷ − y)² is missing — José's [red] *x*"));

    [Test]
    public void Line_EveryHostileString_LeavesNothingThatActsOnATerminal()
    {
        HostileText.AssertTerminalSafe(TerminalText.Line(HostileText.Every));
        HostileText.AssertTerminalSafe(TerminalText.Lines(HostileText.Every + "\n" + HostileText.Every));
    }
}
