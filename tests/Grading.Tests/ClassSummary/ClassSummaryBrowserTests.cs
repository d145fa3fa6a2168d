using Grading.Core.Bulk;
using Grading.Core.Results;
using Grading.Reports.ClassSummary;
using Grading.Tests.Exporting.Gradebook;
using Grading.Tests.Support;

namespace Grading.Tests.ClassSummary;

/// <summary>The class summary as a browser sees it: offline, inert with hostile answers, and showing the class's figures.</summary>
public class ClassSummaryBrowserTests
{
    private HeadlessChromium _chromium = null!;
    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public async Task Launch()
    {
        _chromium = await HeadlessChromium.LaunchAsync();
        _folder = new TempFolder("summary-browser-");
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        _folder?.Dispose();
        if (_chromium is not null) await _chromium.DisposeAsync();
    }

    /// <summary>The exporter tests' class, plus a student whose written answer and failure message are hostile.</summary>
    private static ClassGradebook Class()
    {
        var hostile = HostileText.Everywhere() with { Student = "mallory" };
        var gradebook = GradebookCases.Class();
        return gradebook with
        {
            Entries = [.. gradebook.Entries, new GradebookEntry(new RosterEntry("mallory", HostileText.Both), StudentStatus.Graded, hostile, null, HostileText.Image, "students/mallory/result.html")],
        };
    }

    private async Task<LoadedPage> Open()
    {
        string path = _folder.Write("summary.html", ClassSummaryExporter.Render(Class()));
        return await _chromium.OpenAsync(path);
    }

    [Test]
    public async Task Open_Summary_RunsNoScriptAndRequestsOnlyItself()
    {
        var loaded = await Open();
        Assert.That(loaded.Problems, Is.Empty);
        Assert.That(loaded.Requests, Is.EqualTo(new[] { loaded.Page.Url }));
        Assert.That(await loaded.Page.Locator("script, img").CountAsync(), Is.Zero);
        await loaded.Page.CloseAsync();
    }

    [Test]
    public async Task Open_Summary_ShowsCountsErrorsAnswersAndLinks()
    {
        var page = (await Open()).Page;
        Assert.That(await page.Locator("#count-students").InnerTextAsync(), Is.EqualTo("4"));
        Assert.That(await page.Locator("#count-graded").InnerTextAsync(), Is.EqualTo("2"));
        Assert.That(await page.Locator("#count-errors").InnerTextAsync(), Is.EqualTo("1"));
        Assert.That(await page.Locator("#count-missing").InnerTextAsync(), Is.EqualTo("1"));
        Assert.That(await page.Locator("#errored td").AllInnerTextsAsync(), Is.EqualTo(new[] { "s2", "bo.zip is not a readable zip file." }));
        // The hostile answer is shown as text under its question, never run.
        Assert.That(await page.Locator(".answers .answer").AllInnerTextsAsync(), Does.Contain(HostileText.Both));
        Assert.That(await page.Locator("#students a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            Is.EqualTo(new[] { "students/s1/result.html", "students/mallory/result.html" }));
        var failures = await page.Locator("#failures tbody tr").AllInnerTextsAsync();
        Assert.That(failures, Has.Some.Contains("uses \"TorchSharp\", which 1.2 forbids"));
        await page.CloseAsync();
    }

    [Test]
    public async Task Open_Summary_SectionPassRatesCountOnlyGradedStudents()
    {
        var page = (await Open()).Page;
        var rows = await page.Locator("#sections tbody tr").AllInnerTextsAsync();
        // s1 passed 1.1 and was partial on 1.2; mallory errored on 1.2 and has no 1.1.
        Assert.That(rows.Select(r => r.Split('\t')[0] + " " + r.Split('\t')[2]), Is.EqualTo(new[] { "1.1 1/1", "1.2 0/2" }));
        await page.CloseAsync();
    }
}
