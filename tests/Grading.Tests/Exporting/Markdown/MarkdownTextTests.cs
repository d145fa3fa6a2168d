using Grading.Core.Exporting.Markdown;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Markdown;

public class MarkdownTextTests
{
    private const char J = MarkdownText.Breaker;

    [Test]
    public void Inline_Html_IsEncoded() =>
        Assert.That(MarkdownText.Inline("<b>x</b> & <img src=x>"), Is.EqualTo("&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=x&gt;"));

    [Test]
    public void Inline_LinkAndImage_AreEscapedAndTheirUrlsBroken() =>
        Assert.That(MarkdownText.Inline("[a](http://x) ![i](https://y)"),
            Is.EqualTo($"\\[a\\]\\(http:{J}//x\\) \\!\\[i\\]\\(https:{J}//y\\)"));

    [Test]
    public void Inline_MentionAndIssueReference_CannotNotifyOrLink() =>
        Assert.That(MarkdownText.Inline("@octocat see #12 and org/repo#3"), Is.EqualTo($"&#64;{J}octocat see \\#{J}12 and org/repo\\#{J}3"));

    [Test]
    public void Inline_BareWwwAndEmail_AreNotLinkified() =>
        Assert.That(MarkdownText.Inline("www.evil.example WWW.x.y me@evil.example"), Is.EqualTo($"www{J}.evil.example WWW{J}.x.y me&#64;{J}evil.example"));

    [Test]
    public void Inline_EmphasisCodeMathAndPipes_AreEscaped() =>
        Assert.That(MarkdownText.Inline("*a* _b_ `c` $d$ ~e~ |f| \\g"), Is.EqualTo("\\*a\\* \\_b\\_ \\`c\\` \\$d\\$ \\~e\\~ \\|f\\| \\\\g"));

    [Test]
    public void Inline_LineBreaks_BecomeSpaces() =>
        Assert.That(MarkdownText.Inline("a\nb\r\nc\rd\u2028e"), Is.EqualTo("a b c d e"));

    [Test]
    public void Inline_ControlAndBidiCharacters_BecomeReplacementCharacters() =>
        Assert.That(MarkdownText.Inline("a\u001b[1mb\u202Ec\u2066d\u200Fe"), Is.EqualTo("a\uFFFD[1mb\uFFFDc\uFFFDd\uFFFDe".Replace("[", "\\[")));

    [Test]
    public void Inline_HostileMarkdown_RendersAsNothingButText() =>
        HostileText.AssertMarkdownInert(MarkdownText.Inline(HostileText.Markdown));
}
