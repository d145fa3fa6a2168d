namespace Grading.Tests.Exporting.GitHub;

/// <summary>
/// How the Actions runner reads a log line as a workflow command, re-implemented minimally from actions/runner
/// src/Runner.Common/ActionCommand.cs (<c>TryParseV2</c>: the line is trimmed at its start, must start with <c>::</c>,
/// the command info ends at the next <c>::</c>, properties split on <c>,</c> and <c>=</c>, then
/// <c>UnescapeProperty</c> / <c>UnescapeData</c> with the mappings <c>_escapePropertyMappings</c> and
/// <c>_escapeDataMappings</c>, applied in their order: %0D, %0A, (%3A, %2C), %25).
/// </summary>
internal static class RunnerCommandParser
{
    public sealed record Command(string Name, IReadOnlyDictionary<string, string> Properties, string Data);

    public static Command? TryParse(string line)
    {
        string message = line.TrimStart();
        if (!message.StartsWith("::", StringComparison.Ordinal)) return null;
        int end = message.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0) return null;
        string info = message[2..end];
        int space = info.IndexOf(' ');
        string name = space < 0 ? info : info[..space];
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space > 0)
            foreach (string pair in info[(space + 1)..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
                if (pair.Split('=', 2, StringSplitOptions.RemoveEmptyEntries) is [var key, var value]) properties[key] = UnescapeProperty(value);
        return new Command(name, properties, UnescapeData(message[(end + 2)..]));
    }

    private static string UnescapeData(string text) => text.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%");

    private static string UnescapeProperty(string text) =>
        text.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%3A", ":").Replace("%2C", ",").Replace("%25", "%");
}
