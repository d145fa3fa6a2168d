using System.Text.RegularExpressions;
using Grading.Core.Audit;
using Grading.Reports.Audit;
using Grading.Tests.Support;

namespace Grading.Tests.Reports.Audit;

/// <summary>
/// Diffs are code, messages are student-facing text and ids come from file names: everything the page takes from the
/// report is encoded, and the page itself loads nothing and runs nothing.
/// </summary>
public partial class AuditHtmlEscapingTests
{
    private const string BreakOut = "</pre><script>alert(1)</script>";

    /// <summary>Hostile text in the survivor's diff (as an added line), a killed mutant's message and every other field.</summary>
    private static AuditReport Hostile()
    {
        string diff = AuditSamples.SurvivorDiff + $"\n+    var s = \"{BreakOut}\";";
        var survivor = AuditSamples.Survived("Trainer-string-1", "1.3", $"<b>{HostileText.Image}</b>") with
        {
            Mutant = AuditSamples.Mutant("Trainer-string-1", "1.3", diff, description: HostileText.Both) with { Member = HostileText.Image, File = HostileText.Image },
        };
        var killed = AuditSamples.Killed("Trainer-clear-1", "1.3", AuditSamples.Failed(HostileText.Image, "<b>loss</b> too high " + HostileText.Script));
        var stopped = AuditSamples.OneOfEach().Single(m => m.Status == MutantStatus.TimedOut) with
        {
            Sections = [new MutantSectionGrade("1.3", 0, 10, 10, "timed_out", HostileText.Both, [], [])],
        };
        var equivalent = new MutantResult { Mutant = AuditSamples.Mutant("E-1", "1.3"), Status = MutantStatus.Equivalent, EquivalentReason = HostileText.Both };
        var notCompiled = new MutantResult { Mutant = AuditSamples.Mutant("N-1", "1.3"), Status = MutantStatus.NotCompiled, CompileError = HostileText.Both };
        return AuditSamples.Report([survivor, killed, stopped, equivalent, notCompiled]) with
        {
            AssignmentTitle = HostileText.Both, GraderVersion = HostileText.Image, Operators = [HostileText.Script],
        };
    }

    [Test]
    public void Render_HostileDiffAndMessages_AreEncoded()
    {
        string html = AuditHtmlExporter.Render(Hostile());

        HostileText.AssertInert(html);
        Assert.That(html, Does.Not.Contain("<b>"), "a check message's markup stays text");
        Assert.That(html, Does.Contain("&lt;b&gt;loss&lt;/b&gt; too high"));
        Assert.That(html, Does.Contain("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(Regex.Count(html, "</pre>"), Is.EqualTo(1), "only the diff's own pre closes");
    }

    [Test]
    public void Render_HostileDiff_ShowsAsTheAddedLineItIs()
    {
        var survivors = AuditPage.Survivors(AuditHtmlExporter.Render(Hostile()));

        var added = AuditPage.WithClass(survivors, "span", "added").Select(s => s.Value).ToList();
        Assert.That(added, Is.EqualTo(new[] { "+    weights -= lr * grad * 0.5;", $"+    var s = \"{BreakOut}\";" }));
        Assert.That(survivors.Descendants("li").Select(li => li.Value), Is.EqualTo(new[] { $"<b>{HostileText.Image}</b>" }),
            "the passed check's name reads back as written");
    }

    [Test]
    public void Render_AnyReport_HasNoScriptAndLoadsNothing()
    {
        foreach (string html in new[] { AuditHtmlExporter.Render(AuditSamples.Report(AuditSamples.OneOfEach())), AuditHtmlExporter.Render(Hostile()) })
        {
            Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"));
            Assert.That(Attribute().Matches(html).Select(m => m.Value), Has.All.Matches<string>(a => a!.StartsWith("href=\"#", StringComparison.Ordinal)),
                "no src at all, and links only within the page");
            Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"));
            Assert.That(html, Does.Not.Contain("<link").And.Not.Contain("@import").And.Not.Contain("url("));
        }
    }

    [GeneratedRegex(@"\b(?:src|href|action|srcset|poster|data)\s*=\s*""[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
