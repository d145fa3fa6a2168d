namespace Grading.Core.Running;

/// <summary>
/// Installed once as Console.Out and Console.Error: each write goes to the capture of the guarded call
/// whose thread made it (an AsyncLocal flows into every thread and task that call starts), and
/// anything else to the real console. A call abandoned after its time limit keeps writing only into
/// its own capture, never into the next section's or the grader's output.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly AsyncLocal<TextWriter?> Capture = new();
    private static readonly object InstallGate = new();
    private static bool _installed;

    private readonly TextWriter _console;

    private ConsoleRouter(TextWriter console) => _console = console;

    public override System.Text.Encoding Encoding => _console.Encoding;

    private TextWriter Target => Capture.Value ?? _console;

    /// <summary>Routes the calling thread's (and its descendants') console output to <paramref name="capture"/>.</summary>
    public static void CaptureCurrentThread(TextWriter capture)
    {
        EnsureInstalled();
        Capture.Value = capture;
    }

    private static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (_installed) return;
            Console.SetOut(new ConsoleRouter(Console.Out));
            Console.SetError(new ConsoleRouter(Console.Error));
            _installed = true;
        }
    }

    public override void Write(char value) => Target.Write(value);

    public override void Write(string? value) => Target.Write(value);

    public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

    public override void Flush() => Target.Flush();
}
