using System.Text;

namespace Grading.Tests.Support;

/// <summary>
/// Files and folders whose names are Latin-1 bytes, not UTF-8 (<c>Se\xE7tion.cs</c>, as a Windows-1252 machine or an
/// old zip tool leaves them). .NET cannot create such a name, so bash does, with the name in <c>$name</c>.
/// </summary>
internal static class Latin1Names
{
    /// <summary>Runs <paramref name="script"/> in <paramref name="folder"/> with <c>$name</c> set to <paramref name="name"/>'s Latin-1 bytes.</summary>
    public static void Run(string folder, string name, string script)
    {
        string bytes = string.Concat(Encoding.Latin1.GetBytes(name).Select(b => $"\\x{b:X2}"));
        var run = CommandRunner.Run(folder, new Dictionary<string, string>(), TimeSpan.FromSeconds(30), "bash", "-c",
            "name=\"$(printf '" + bytes + "')\" && " + script);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
    }

    /// <summary>A file named <paramref name="name"/> in Latin-1 holding <paramref name="text"/> (UTF-8).</summary>
    public static void WriteFile(string folder, string name, string text)
    {
        string content = Path.Combine(folder, ".content-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(content, text);
        Run(folder, name, $"mv '{content}' \"$name\"");
    }
}
