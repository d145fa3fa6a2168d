namespace Grading.Core.Calibration;

/// <summary>
/// A fixture's submission assembled in a temporary folder (deleted on dispose): with base reference, the
/// reference's .cs files less <see cref="FixtureSpec.Remove"/> and <paramref name="leaveOut"/>, with the fixture's
/// .cs files laid over them (same name replaces); with base none, the fixture's own .cs files.
/// </summary>
public sealed class FixtureSubmission : IDisposable
{
    private readonly DirectoryInfo folder;

    private FixtureSubmission(DirectoryInfo folder) => this.folder = folder;

    /// <summary>The folder to grade.</summary>
    public string Folder => folder.FullName;

    /// <param name="leaveOut">Reference files left out to keep a grade cheap (a slow section the fixture does not
    /// touch); their sections are then not judged (see <see cref="FixtureVerdict.Judge"/>).</param>
    public static FixtureSubmission Assemble(FixtureSpec spec, string? referenceFolder, IReadOnlyCollection<string>? leaveOut = null)
    {
        var own = SourceFiles(spec.Folder);
        var folder = Directory.CreateTempSubdirectory($"fixture-{spec.Name}-");
        try
        {
            if (spec.Base == FixtureBase.Reference)
            {
                if (referenceFolder is null || !Directory.Exists(referenceFolder))
                    throw new FixtureSpecException($"{spec.Folder}: base: reference, but the reference folder '{referenceFolder}' does not exist.");
                var reference = SourceFiles(referenceFolder);
                foreach (string missing in spec.Remove.Where(name => !reference.ContainsKey(name)))
                    throw new FixtureSpecException($"{Path.Combine(spec.Folder, FixtureSpecParser.ReadmeName)}: remove names '{missing}', which the reference does not have.");
                foreach (var (name, path) in reference)
                    if (!spec.Remove.Contains(name) && !own.ContainsKey(name) && leaveOut?.Contains(name) != true) Copy(path, folder, name);
            }
            foreach (var (name, path) in own) Copy(path, folder, name);
            return new FixtureSubmission(folder);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        if (folder.Exists) folder.Delete(recursive: true);
    }

    /// <summary>The .cs files under <paramref name="root"/>, by path relative to it (fixtures may have sub-folders).</summary>
    private static Dictionary<string, string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), path => path, StringComparer.Ordinal);

    private static void Copy(string source, DirectoryInfo folder, string relative)
    {
        string target = Path.Combine(folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }
}
