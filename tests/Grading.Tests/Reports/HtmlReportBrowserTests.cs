using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>
/// The reports as a browser sees them: no errors, nothing loaded but the file, the headings a reader
/// navigates by, header cells in every table, and charts that name themselves to assistive technology.
/// </summary>
public class HtmlReportBrowserTests
{
    private HeadlessChromium chromium = null!;
    private TempFolder folder = null!;

    [OneTimeSetUp]
    public async Task Launch()
    {
        chromium = await HeadlessChromium.LaunchAsync();
        folder = new TempFolder("report-browser-");
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        folder?.Dispose();
        if (chromium is not null) await chromium.DisposeAsync();
    }

    private async Task<LoadedPage> Open(string name) => await chromium.OpenAsync(ReportCases.Write(name, folder.Path));

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Names))]
    public async Task Open_Report_LogsNoErrorsAndRequestsOnlyItself(string name)
    {
        var loaded = await Open(name);
        Assert.That(loaded.Problems, Is.Empty);
        Assert.That(loaded.Requests, Has.All.Matches<string>(url => url!.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)));
        Assert.That(loaded.Requests.Where(url => !url.StartsWith("data:", StringComparison.Ordinal)), Is.EqualTo(new[] { loaded.Page.Url }));
        await loaded.Page.CloseAsync();
    }

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Graded))]
    public async Task Open_Report_HasTheTitleSummaryAndSectionHeadings(string name)
    {
        var result = ReportCases.Result(name);
        var loaded = await Open(name);
        var page = loaded.Page;

        Assert.That(await page.Locator("h1").AllInnerTextsAsync(), Is.EqualTo(new[] { result.AssignmentTitle }));
        var expected = new List<string>();
        if (!result.Compilation.Succeeded) expected.Add("The submission does not compile");
        expected.Add("Summary");
        expected.AddRange(result.Sections.Select(s => $"{s.Id} {s.Title}"));
        Assert.That(await page.Locator("h2").AllInnerTextsAsync(), Is.EqualTo(expected));
        Assert.That(result.Sections.Select(s => s.Id), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.4", "1.5" }));
        await page.CloseAsync();
    }

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Names))]
    public async Task Open_Report_EveryTableHasHeaderCells(string name)
    {
        var page = (await Open(name)).Page;
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('table').length"), Is.Positive);
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('table:not(:has(th))').length"), Is.Zero);
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('table:not(:has(thead th[scope=col]))').length"), Is.Zero,
            "every table has a header row with column headers");
        await page.CloseAsync();
    }

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Names))]
    public async Task Open_Report_EveryChartIsAnImageWithATitle(string name)
    {
        var page = (await Open(name)).Page;
        // Only the outermost svg elements: a chart may nest none, but if it did they need no role.
        string[] untitled = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('svg:not(svg svg)')]
              .filter(svg => svg.getAttribute('role') !== 'img' || !svg.querySelector(':scope > title')?.textContent.trim())
              .map(svg => svg.outerHTML.slice(0, 120))
            """);
        Assert.That(untitled, Is.Empty);
        if (name != "compile-error" && name != ReportCases.Hostile)
            Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('svg').length"), Is.Positive, "the runs' charts are drawn");
        await page.CloseAsync();
    }

    [Test]
    public async Task Open_HostileReport_HasNoScriptImageOrHandlerInTheDom()
    {
        var loaded = await Open(ReportCases.Hostile);
        var page = loaded.Page;
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('script, img, iframe, object, embed').length"), Is.Zero);
        int handlers = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
        Assert.That(handlers, Is.Zero);
        // The hostile text is there, as text the reader can see.
        Assert.That(await page.Locator("h1 + .subtitle strong").InnerTextAsync(), Is.EqualTo(HostileText.Both));
        Assert.That(loaded.Problems, Is.Empty, "no alert ran");
        await page.CloseAsync();
    }
}
