using Grading.Core.Compiling;

namespace Grading.Core.Audit;

/// <summary>Folders a mutant is graded from: the reference's files with the mutated one in its place, under one
/// temporary folder that goes when the audit ends.</summary>
internal sealed class ScratchSubmissions(SubmissionSource reference) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("grading-audit-").FullName;

    /// <param name="files">The reference's files to write (<see cref="SectionSources"/>); the mutated one is always written.</param>
    public string Write(int index, Mutant mutant, IReadOnlySet<string> files)
    {
        string folder = Path.Combine(_root, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var file in reference.Files.Where(f => files.Contains(f.RelativePath) || f.RelativePath == mutant.File))
        {
            string path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.RelativePath == mutant.File ? mutant.MutatedText : file.Text);
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
