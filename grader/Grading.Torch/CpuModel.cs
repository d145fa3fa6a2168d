using System.Runtime.InteropServices;

namespace Grading.Torch;

/// <summary>The CPU's model name, for the result: from /proc/cpuinfo on Linux, else the architecture.</summary>
public static class CpuModel
{
    public static string Describe()
    {
        string architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        try
        {
            if (File.Exists("/proc/cpuinfo") && Parse(File.ReadAllText("/proc/cpuinfo")) is { } model) return model;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return $"{architecture} CPU";
    }

    /// <summary>The first "model name" (x86) or "Model" (ARM) line's value, spaces collapsed; null when absent.</summary>
    internal static string? Parse(string cpuinfo) =>
        cpuinfo.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() is "model name" or "Model")
            .Select(parts => string.Join(' ', parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .FirstOrDefault(value => value.Length > 0);
}
