namespace Grading.Tests.Isolation;

/// <summary>Finds processes on the machine whose command line carries a marker a fixture gave them.</summary>
internal static class OrphanWatch
{
    public static IReadOnlyList<string> Survivors(string marker)
    {
        var found = new List<string>();
        foreach (string process in Directory.GetDirectories("/proc").Where(p => Path.GetFileName(p).All(char.IsDigit)))
        {
            try
            {
                string commandLine = File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(marker, StringComparison.Ordinal)) found.Add($"{Path.GetFileName(process)}: {commandLine}");
            }
            catch (IOException)
            {
                // it ended while we looked
            }
        }
        return found;
    }
}
