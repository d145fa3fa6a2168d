using Grading.Tests.Support;
using Microsoft.Playwright;

namespace Grading.Tests.Reports;

/// <summary>
/// Pictures of the reports for a person to look at: a full-page screenshot on screen and a PDF in
/// print media (which exercises the print CSS), saved under report-screenshots/ beside the HTML they
/// show and attached to the test.
/// </summary>
public class HtmlReportPrintTests
{
    private HeadlessChromium chromium = null!;

    [OneTimeSetUp]
    public async Task Launch() => chromium = await HeadlessChromium.LaunchAsync();

    [OneTimeTearDown]
    public async Task Close()
    {
        if (chromium is not null) await chromium.DisposeAsync();
    }

    // The HTML is kept with its pictures, so a reader can open the page a picture came from.
    private Task<LoadedPage> Open(string name) => chromium.OpenAsync(ReportCases.Write(name, ReportCases.ArtifactFolder()));

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Names))]
    public async Task Screenshot_Report_SavesAFullPagePng(string name)
    {
        var loaded = await Open(name);
        await loaded.Page.SetViewportSizeAsync(1280, 900);
        string path = Path.Combine(ReportCases.ArtifactFolder(), name + ".png");

        await loaded.Page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.That(new FileInfo(path).Length, Is.Positive);
        TestContext.AddTestAttachment(path, $"{name} report, full page");
        // Nothing wider than the viewport: a report that scrolls sideways hides its last columns.
        int overflow = await loaded.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page scrolls sideways");
        await loaded.Page.CloseAsync();
    }

    [TestCaseSource(typeof(ReportCases), nameof(ReportCases.Names))]
    public async Task Pdf_ReportInPrintMedia_IsANonEmptyPdf(string name)
    {
        var loaded = await Open(name);
        await loaded.Page.EmulateMediaAsync(new() { Media = Media.Print });
        string path = Path.Combine(ReportCases.ArtifactFolder(), name + ".pdf");

        await loaded.Page.PdfAsync(new() { Path = path, Format = "A4", PrintBackground = true });

        byte[] pdf = await File.ReadAllBytesAsync(path);
        Assert.That(pdf, Is.Not.Empty);
        Assert.That(System.Text.Encoding.ASCII.GetString(pdf, 0, 5), Is.EqualTo("%PDF-"));
        TestContext.AddTestAttachment(path, $"{name} report, printed");
        Assert.That(loaded.Problems, Is.Empty);
        await loaded.Page.CloseAsync();
    }
}
