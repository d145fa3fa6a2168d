namespace Grading.Core.Isolation;

/// <summary>A private temporary folder for one submission's compiled image, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder() => Path = Directory.CreateTempSubdirectory("grading-worker-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a killed worker may still hold the file for a moment; the OS cleans temp eventually
        }
    }
}
