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
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
