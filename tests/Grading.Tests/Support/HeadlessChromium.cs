using Microsoft.Playwright;

namespace Grading.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright's own browser download is never used (it fails
/// on the build machines): the NuGet package's Node driver runs offline and is pointed at
/// /usr/bin/chromium. One instance per test fixture, from OneTimeSetUp to OneTimeTearDown.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start. The rest keep
    // a headless run from reaching the network on its own (updates, sync, first-run pages).
    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    /// <summary>Starts Chromium, or ignores the calling tests when it is not installed.</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath)) Assert.Ignore("Chromium is not installed: apt-get install chromium");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a local file in a fresh page, recording its problems and requests from before navigation.</summary>
    public async Task<LoadedPage> OpenAsync(string file)
    {
        var page = await browser.NewPageAsync();
        var loaded = new LoadedPage(page);
        await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return loaded;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
