using Grading.Core.Exporting.Markdown;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting;

/// <summary>The CI job summary: the score, a row per section, and student text that cannot break the table or become markup.</summary>
public class MarkdownSummaryExporterTests
{
    private static string[] Lines(GradingResult result) => ExportSamples.Export(new MarkdownSummaryExporter(), result).Split('\n');

    [Test]
    public void Export_Mixed_HeadlineThenARowPerSection()
    {
        string[] lines = Lines(ExportSamples.Mixed);
        Assert.That(lines[0], Is.EqualTo("## PS1 Part 3: 37.5/85"));
        Assert.That(lines, Does.Contain("15 points wait for a TA's grade (written answers)."));
        Assert.That(lines, Does.Contain("| Section | Points | Status | Time | First problem |"));
        Assert.That(lines, Does.Contain("| 1.2 Section 1.2 | 22.5/30 | ❌ partial | 1.23 s | the factor 2 of d/dw \\(ŷ − y\\)² is missing from the gradient. |"));
        Assert.That(lines, Does.Contain("| 1.5 Section 1.5 | 0/15 (+15 pending) | ✅ pending | 1.23 s |  |"));
    }

    [Test]
    public void Export_HostileText_StaysInItsCellAsLiteralText()
    {
        string[] rows = Lines(ExportSamples.WithHostileText()).Where(l => l.StartsWith("| 1.", StringComparison.Ordinal)).ToArray();
        Assert.That(rows, Has.Length.EqualTo(2));
        foreach (string row in rows)
        {
            // Six unescaped pipes: the five cells' borders, whatever the text held.
            Assert.That(System.Text.RegularExpressions.Regex.Matches(row, @"(?<!\\)\|").Count, Is.EqualTo(6), row);
            Assert.That(row, Does.Not.Contain("<script").And.Contain("&lt;script&gt;"));
            Assert.That(row.IndexOf('\u001b'), Is.EqualTo(-1), "ordinal: a culture-aware search ignores control characters");
        }
    }

    [Test]
    public void Export_CompileFailure_ListsTheErrors()
    {
        var result = Support.SampleResults.Result([Support.SampleResults.Section("1.1", 0, 15, SectionStatus.Error, error: "x")], Support.SampleResults.NotCompiled());
        string[] lines = Lines(result);
        Assert.That(lines, Does.Contain("**The submission does not compile:**"));
        Assert.That(lines, Does.Contain("- A.cs\\(12,5\\): error CS0029: Cannot implicitly convert type 'string' to 'int'"));
    }

    [Test]
    public void Export_HostileMarkdownAndTerminalText_RendersAsLiteralTextInItsCell()
    {
        string markdown = ExportSamples.Export(new MarkdownSummaryExporter(), HostileText.Everywhere(HostileText.Markdown + " | " + HostileText.Terminal));

        HostileText.AssertMarkdownInert(markdown);
        Assert.That(markdown.Where(c => char.IsControl(c) && c != '\n').Select(c => (int)c), Is.Empty);
        Assert.That(markdown.IndexOf('\u202E'), Is.EqualTo(-1), "ordinal: a culture-aware search ignores format characters");
        string row = markdown.Split('\n').Single(l => l.StartsWith("| 1.2", StringComparison.Ordinal));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(row, @"(?<!\\)\|").Count, Is.EqualTo(6), row);
        Assert.That(markdown.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)), Has.Exactly(1).Items, "the compile error stays one list item");
    }
}
