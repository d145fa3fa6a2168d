using Microsoft.Playwright;

namespace Grading.Tests.Support;

/// <summary>A page opened by <see cref="HeadlessChromium"/>, with what it logged and asked for since before navigation.</summary>
public sealed class LoadedPage
{
    private readonly List<string> problems = [];
    private readonly List<string> requests = [];

    public LoadedPage(IPage page)
    {
        Page = page;
        // Subscribed before navigation, so nothing the page does while loading is missed.
        page.Console += (_, message) => { if (message.Type == "error") Add(problems, $"console error: {message.Text}"); };
        page.PageError += (_, error) => Add(problems, $"page error: {error}");
        // A dialog could only come from script that ran; dismiss it so the page never blocks.
        page.Dialog += (_, dialog) => { Add(problems, $"dialog: {dialog.Message}"); _ = dialog.DismissAsync(); };
        page.Request += (_, request) => Add(requests, request.Url);
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught page errors and dialogs, in order.</summary>
    public IReadOnlyList<string> Problems { get { lock (problems) return [.. problems]; } }

    /// <summary>Every URL the page requested, the document itself included.</summary>
    public IReadOnlyList<string> Requests { get { lock (requests) return [.. requests]; } }

    // Playwright raises events on its own connection thread.
    private static void Add(List<string> list, string item) { lock (list) list.Add(item); }
}
