using System.Text.RegularExpressions;
using Grading.Core.Results;

namespace Grading.Tests.Support;

/// <summary>
/// Text a student controls (output, answers, file names, exception messages) written to run script
/// if a report ever inserted it without encoding, and the assertions that prove a page stayed inert.
/// </summary>
public static partial class HostileText
{
    public const string Script = "<script>alert(1)</script>";

    /// <summary>Breaks out of an attribute value and adds an element with an event handler.</summary>
    public const string Image = "\"><img src=x onerror=alert(2)>";

    public const string Both = Script + Image;

    /// <summary>A result with hostile text in every field a student controls, and a failed compilation.</summary>
    public static GradingResult Everywhere()
    {
        var section = SampleResults.Section("1.2", 0, 30, SectionStatus.Error, error: Both, failedMessage: Both) with
        {
            Title = Both, Output = Both, Questions = [Both],
            // Figures are the harness's, but a harness may name things after the submission's: the report encodes them too.
            Figures = SampleResults.Figures().Select(f => f with
            {
                Title = Both, Caption = Both, Description = Both, XLabel = Both, YLabel = Both, NameHeading = Both, LabelHeading = Both,
                DensityCaption = Both,
                Series = f.Series?.Select(x => x with { Name = Both }).ToList(),
                Markers = f.Markers?.Select(m => m with { Label = Both }).ToList(),
                Rows = f.Rows?.Select(r => r with { Name = Both, Label = Both }).ToList(),
            }).ToList(),
            Raw = SampleResults.Diverged() with
            {
                Answers = [Both],
                RuleViolations = [new Core.Rules.RuleViolation("TorchSharp", "no TorchSharp.", Image + ".cs", 3, 5, Both)],
            },
        };
        var diagnostic = new Core.Compiling.CompilerDiagnostic(Image + ".cs", 1, 9, "error", "CS0029", Both, Both);
        return SampleResults.Result([section], new CompilationReport(false, 10, [Image + ".cs"], [diagnostic]))
            with { Student = Both, Submission = Both };
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

    // A start tag whose attributes include an event handler such as onerror= or onload=.
    [GeneratedRegex(@"<[a-zA-Z][^<>]*\son[a-zA-Z]+\s*=")]
    private static partial Regex EventHandlerInTag();
}
