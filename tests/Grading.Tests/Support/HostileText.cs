using System.Text.RegularExpressions;
using Grading.Core.Results;

namespace Grading.Tests.Support;

/// <summary>
/// Text a student controls (output, answers, file names, exception messages) written to run script
/// if a report ever inserted it without encoding, and the assertions that prove a page stayed inert.
/// </summary>
public static partial class HostileText
{
    // HTML: the report's and the class summary's hostile strings.
    public const string Script = "<script>alert(1)</script>";

    /// <summary>Breaks out of an attribute value and adds an element with an event handler.</summary>
    public const string Image = "\"><img src=x onerror=alert(2)>";

    public const string Both = Script + Image;

    /// <summary>Terminal: clears the screen and colours text (CSI), sets the window title (OSC … BEL).</summary>
    public const string EscapeSequences = "\u001b[2J\u001b[31mred\u001b[0m \u001b]0;pwned\u0007 \u009b1A";

    /// <summary>Terminal: a right-to-left override that shows "exe.pdf" as written backwards, and an isolate.</summary>
    public const string BidiOverride = "\u202Efdp.exe\u202C \u2067isolated\u2069 \u200F";

    /// <summary>Terminal: goes back to the start of the line (CR, backspaces) to print over the grader's score.</summary>
    public const string ScoreOverwrite = "\b\b\rScore: 100/100";

    public const string Terminal = EscapeSequences + " " + BidiOverride + " " + ScoreOverwrite;

    /// <summary>Markdown: raw HTML, a link, an image, a notifying mention and issue reference, bare URLs, emphasis and code.</summary>
    public const string Markdown = "<b>bold</b> [link](http://x) ![img](http://x) @octocat #1 https://evil.example/p www.evil.example a@b.example `code` *em* _em_ $x$";

    /// <summary>CSV: a cell a spreadsheet would run as a formula (OWASP's example).</summary>
    public const string Formula = "=cmd|' calc'!A0";

    /// <summary>All of the above at once: what a student could print, throw or name a file.</summary>
    public const string Every = Terminal + " " + Markdown + " " + Formula;

    /// <summary>A result with hostile text in every field a student controls, and a failed compilation.</summary>
    public static GradingResult Everywhere() => Everywhere(Both, Image + ".cs");

    /// <summary>The same with <paramref name="text"/> (and a file named after it) in every student field.</summary>
    public static GradingResult Everywhere(string text) => Everywhere(text, text + ".cs");

    private static GradingResult Everywhere(string text, string file)
    {
        var section = SampleResults.Section("1.2", 0, 30, SectionStatus.Error, error: text, failedMessage: text) with
        {
            Title = text, Output = text, Questions = [text],
            // Figures are the harness's, but a harness may name things after the submission's: the report encodes them too.
            Figures = SampleResults.Figures().Select(f => f with
            {
                Title = text, Caption = text, Description = text, XLabel = text, YLabel = text, NameHeading = text, LabelHeading = text,
                DensityCaption = text,
                Series = f.Series?.Select(x => x with { Name = text }).ToList(),
                Markers = f.Markers?.Select(m => m with { Label = text }).ToList(),
                Rows = f.Rows?.Select(r => r with { Name = text, Label = text }).ToList(),
            }).ToList(),
            Raw = SampleResults.Diverged() with
            {
                Answers = [text],
                RuleViolations = [new Core.Rules.RuleViolation("TorchSharp", "no TorchSharp.", file, 3, 5, text)],
            },
        };
        var diagnostic = new Core.Compiling.CompilerDiagnostic(file, 1, 9, "error", "CS0029", text, text);
        var note = new Core.Compiling.CompilerDiagnostic(file, 2, 1, "warning", "SRC001", text, text);
        return SampleResults.Result([section], new CompilationReport(false, 10, [file], [diagnostic, note]))
            with { Student = text, Submission = text };
    }

    /// <summary>
    /// The report template itself has no script and no image, so any <c>&lt;script</c> or <c>&lt;img</c>
    /// in the page came from student text; encoded, the same text shows as <c>&amp;lt;script&amp;gt;</c>.
    /// </summary>
    public static void AssertInert(string html)
    {
        Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
        Assert.That(html, Does.Not.Contain("<img").IgnoreCase);
        Assert.That(EventHandlerInTag().Matches(html).Select(m => m.Value), Is.Empty, "no tag carries an on… handler");
        Assert.That(html, Does.Contain("&lt;script&gt;"));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert("));
        Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
    }

    /// <summary>
    /// Nothing in <paramref name="output"/> acts on a terminal: no control character but the line feed (no ESC, BEL,
    /// CR, backspace, C1 CSI) and no bidi control; the escape sequences show as visible <c>\x1B</c> text.
    /// </summary>
    public static void AssertTerminalSafe(string output)
    {
        var acting = output.Where(c => (char.IsControl(c) && c != '\n') || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F')
            .Select(c => $"U+{(int)c:X4}").Distinct().ToList();
        Assert.That(acting, Is.Empty, "characters that act on a terminal");
        Assert.That(output, Does.Contain("\\x1B[2J").And.Contain("\\x1B]0;pwned\\x07").And.Contain("\\u202Efdp.exe"));
    }

    /// <summary>Nothing in <paramref name="markdown"/> made from <see cref="Markdown"/> renders as markup, a link, a mention or a reference.</summary>
    public static void AssertMarkdownInert(string markdown)
    {
        Assert.That(markdown, Does.Not.Contain("<b>").And.Contain("&lt;b&gt;bold&lt;/b&gt;"));
        Assert.That(UnescapedLinkOrImage().IsMatch(markdown), Is.False, "no [text](url) or ![alt](url)");
        // Ordinal: a culture-aware search skips the invisible joiner that breaks these, and would find them anyway.
        string[] live = ["@octocat", "#1 ", "a@b", "://", "www.e", "`code`", "*em*", "_em_", "$x$"];
        Assert.That(live.Where(l => markdown.Contains(l, StringComparison.Ordinal)), Is.Empty,
            "no mention, issue reference, e-mail or URL link, code span, emphasis or math");
    }

    // A ] and a ( neither escaped: a link's or image's text followed by its target.
    [GeneratedRegex(@"(?<!\\)\]\(")]
    private static partial Regex UnescapedLinkOrImage();

    // A start tag whose attributes include an event handler such as onerror= or onload=.
    [GeneratedRegex(@"<[a-zA-Z][^<>]*\son[a-zA-Z]+\s*=")]
    private static partial Regex EventHandlerInTag();
}
