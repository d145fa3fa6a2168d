namespace Grading.Tests.Support;

/// <summary>A temporary folder that is deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "grading-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> (forward slashes), creating folders.</summary>
    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        if (!Directory.Exists(Path)) return;
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A name that is not UTF-8 (Latin1Names) is one .NET cannot delete: rm takes bytes.
            CommandRunner.Run(Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(30), "rm", "-rf", "--", Path);
        }
    }
}
