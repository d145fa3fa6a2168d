namespace Grading.Core.Audit;

/// <summary>Folders mutants are graded from, under one temporary folder that goes when the audit ends.</summary>
internal sealed class ScratchSubmissions : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("grading-audit-").FullName;

    /// <param name="files">The mutant's files (<see cref="SectionSources.FilesOf"/>).</param>
    public string Write(int index, IReadOnlyList<(string Path, string Text)> files)
    {
        string folder = Path.Combine(_root, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (relative, text) in files)
        {
            string path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return folder;
    }

    public void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // left for Dispose
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder the system clears
        }
    }
}
