using Grading.Core.Audit;
using Grading.Reports.Audit;

namespace Grading.Tests.Reports.Audit;

/// <summary>audit.html shows an instructor the checks' blind spots: the score per section against the threshold, every
/// survivor with its diff and the checks that did not notice it, and the other mutants in shorter lists.</summary>
public class AuditHtmlExporterTests
{
    private static string Render(IReadOnlyList<MutantResult> mutants, double? threshold = 80) =>
        AuditHtmlExporter.Render(AuditSamples.Report(mutants, threshold));

    [Test]
    public void Render_Survivor_ShowsItsDiffLinesMarkedAndTheChecksThatPassedIt()
    {
        var survivors = AuditPage.Survivors(Render(AuditSamples.OneOfEach()));

        var article = AuditPage.WithClass(survivors, "article", "survivor").Single();
        Assert.That(article.Element("h4")!.Value, Is.EqualTo("Trainer-learning-rate-1: the step halved"));
        Assert.That(article.Element("dl")!.Value, Does.Contain("Trainer.cs:41").And.Contain("Train").And.Contain("learning-rate"));
        var diff = AuditPage.WithClass(article, "pre", "diff").Single();
        Assert.That(AuditPage.WithClass(diff, "span", "removed").Select(s => s.Value), Is.EqualTo(new[] { "-    weights -= lr * grad;" }));
        Assert.That(AuditPage.WithClass(diff, "span", "added").Select(s => s.Value), Is.EqualTo(new[] { "+    weights -= lr * grad * 0.5;" }));
        Assert.That(AuditPage.WithClass(diff, "span", "file").Select(s => s.Value), Is.EqualTo(new[] { "--- a/Trainer.cs", "+++ b/Trainer.cs" }),
            "the file header is neither added nor removed");
        Assert.That(diff.Value, Is.EqualTo(AuditSamples.SurvivorDiff), "the pre holds the diff exactly, line breaks included");
        Assert.That(article.Descendants("ul").Single().Elements("li").Select(li => li.Value), Is.EqualTo(new[] { "loss decreases", "weights finite" }));
    }

    [Test]
    public void Render_SurvivorsOfTwoSections_GroupedUnderEachSectionInOrder()
    {
        var mutants = AuditSamples.OneOfEach().Append(AuditSamples.Survived("Grad-arithmetic-2", "1.2", "gradient shape")).ToList();
        var survivors = AuditPage.Survivors(Render(mutants));

        var groups = AuditPage.WithClass(survivors, "section", "survivor-group").ToList();
        Assert.That(groups.Select(g => g.Element("h3")!.Value), Is.EqualTo(new[] { "1.2 Gradients — 1 survivor", "1.3 Train — 1 survivor" }));
        Assert.That(groups.Select(g => (string?)g.Attribute("id")), Is.EqualTo(new[] { "survivors-1-2", "survivors-1-3" }));
    }

    [Test]
    public void Render_MutantOfTwoSections_ListedUnderEachWithThatSectionsChecks()
    {
        var both = new MutantResult
        {
            Mutant = AuditSamples.Mutant("Shared-1", "1.2") with { Sections = ["1.2", "1.3"] }, Status = MutantStatus.Survived,
            Sections = [AuditSamples.Grade("1.2", ["gradient shape"]), AuditSamples.Grade("1.3", ["loss decreases"])],
        };
        var killedIn12 = new MutantResult
        {
            Mutant = AuditSamples.Mutant("Shared-2", "1.2") with { Sections = ["1.2", "1.3"] }, Status = MutantStatus.Killed,
            Sections = [AuditSamples.Grade("1.2", [], AuditSamples.Failed("gradient matches", "off by 2")), AuditSamples.Grade("1.3", ["loss decreases"])],
        };
        string html = Render([both, killedIn12, AuditSamples.Survived("Trainer-learning-rate-1", "1.3", "weights finite")]);

        var articles = AuditPage.WithClass(AuditPage.Survivors(html), "article", "survivor").ToList();
        Assert.That(articles.Select(a => a.Descendants("li").Single().Value), Is.EqualTo(new[] { "gradient shape", "loss decreases", "weights finite" }));
        Assert.That(articles[0].Element("dl")!.Value, Does.Contain("Also changes1.3"));
        Assert.That(articles[1].Element("dl")!.Value, Does.Contain("Also changes1.2"));
        Assert.That(articles[2].Element("dl")!.Value, Does.Not.Contain("Also changes"));
        Assert.That(html, Does.Contain("Each of these 2 mistakes in the reference kept every point."));
        Assert.That(html, Does.Contain("<td>gradient matches</td><td>off by 2</td>").And.Contain("<td>1.2: gradient matches</td><td>off by 2</td>"),
            "under 1.2 the check alone; under 1.3, which did not notice, the section that did");
    }

    [Test]
    public void Render_SurvivorWithoutDiffOrGrade_SaysSoInsteadOfAnEmptyBlock()
    {
        var bare = AuditSamples.Survived("Trainer-learning-rate-1", "1.3") with
        {
            Mutant = AuditSamples.Mutant("Trainer-learning-rate-1", "1.3", diff: ""), Sections = [],
        };
        var article = AuditPage.WithClass(AuditPage.Survivors(Render([bare])), "article", "survivor").Single();

        Assert.That(article.Descendants("pre"), Is.Empty);
        Assert.That(article.Elements("p").Select(p => p.Value),
            Is.EqualTo(new[] { "No diff was recorded.", "No grade of this section was recorded, so no check is named." }));
    }

    [Test]
    public void Render_KilledMutants_NotAmongSurvivorsButListedWithTheFirstCheckThatNoticed()
    {
        string html = Render(AuditSamples.OneOfEach());

        string survivors = AuditPage.Survivors(html).ToString();
        Assert.That(survivors, Does.Not.Contain("Trainer-clear-1").And.Not.Contain("Grad-arithmetic-1").And.Not.Contain("Trainer-loop-1"));
        var row = AuditPage.Row(html, "<code>Trainer-clear-1</code>");
        Assert.That(row.Elements("td").Select(td => td.Value),
            Is.EqualTo(new[] { "Trainer-clear-1 mistake", "Trainer.cs:41", "final loss", "final loss 9.1, expected 0.42" }),
            "the first failed check, not the second");
    }

    [Test]
    public void Render_NoSurvivors_SaysThereAreNone()
    {
        var killedOnly = AuditSamples.OneOfEach().Where(m => m.Status != MutantStatus.Survived).ToList();

        Assert.That(AuditPage.Survivors(Render(killedOnly)).Descendants("p").Single().Value, Does.StartWith("There are no survivors"));
        Assert.That(Render(AuditSamples.OneOfEach()), Does.Not.Contain("no-survivors"), "not said when there is one");
    }

    [Test]
    public void Render_SectionBelowThreshold_SaysSoInWords()
    {
        string html = Render(AuditSamples.OneOfEach(), threshold: 80);

        Assert.That(AuditPage.Row(html, "1.3 Train").Elements("td").Last().Value, Is.EqualTo("66.7 ✘ below 80.0%"));
        Assert.That(AuditPage.Row(html, "1.2 Gradients").Elements("td").Last().Value, Is.EqualTo("100.0"));
        Assert.That(AuditPage.Row(html, "1.3 Train").Attribute("class")?.Value, Is.EqualTo("below"));
        Assert.That(html, Does.Contain("<p id=\"verdict\" class=\"total verdict-failed\">✘ Failed: 1 section below 80.0% (1.3 Train).</p>"));
    }

    [Test]
    public void Render_EverySectionAtThreshold_PassesWithNoSectionMarked()
    {
        string html = Render(AuditSamples.OneOfEach(), threshold: 60);

        Assert.That(html, Does.Not.Contain("below 60").And.Not.Contain("class=\"below\""));
        Assert.That(html, Does.Contain("✔ Passed: every section&#x27;s mutation score is at least 60.0%."));
        Assert.That(Render(AuditSamples.OneOfEach(), threshold: null), Does.Contain("verdict-none\">No threshold was asked for"));
    }

    [Test]
    public void Render_Header_ShowsRunFactsAndTotalRow()
    {
        string html = Render(AuditSamples.OneOfEach());

        Assert.That(html, Does.Contain("<title>PS1 Part 3 — audit of the checks</title>").And.Contain("<code>ps1-autograd</code> · 2026-12-04 12:00 UTC"));
        Assert.That(html, Does.Contain("<dd>1.4.0&#x2B;abc123</dd>").And.Contain("<dd>2 min 05 s</dd>").And.Contain("<dd id=\"count-graded\">4</dd>"));
        Assert.That(AuditPage.Row(html, "Total").Elements("td").Select(td => td.Value),
            Is.EqualTo(new[] { "7", "2", "1", "1", "0", "1", "1", "1", "75.0" }));
    }

    [Test]
    public void Render_StoppedEquivalentAndSetAside_ListedWithTheirReasons()
    {
        string html = Render(AuditSamples.OneOfEach());

        Assert.That(AuditPage.Row(html, "<code>Trainer-loop-1</code>").Elements("td").Select(td => td.Value),
            Is.EqualTo(new[] { "timed out", "one epoch too many, forever", "Trainer.cs:41", "1.3", "1.3 ran past its 30 s limit" }));
        Assert.That(AuditPage.Row(html, "<code>Trainer-log-1</code>").Elements("td").Last().Value, Is.EqualTo("only the log changes"));
        Assert.That(html, Does.Contain("<p id=\"count-not-compiled\">1 mutant does not compile (discarded).</p>"));
        Assert.That(AuditPage.Row(html, "<code>Grad-sign-1</code>").Elements("td").Last().Value, Is.EqualTo("CS0019: Operator '-' cannot be applied"));
        Assert.That(html, Does.Contain("<p id=\"count-unreached\">1 mutant changes code no section runs"));
    }
}
