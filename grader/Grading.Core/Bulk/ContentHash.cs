using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.Running;

namespace Grading.Core.Bulk;

/// <summary>
/// Content hashes that decide whether a saved result is still current: a submission's files, and
/// everything else that shapes its result (the assignment folder's spec and data, the grader and
/// harness builds, the options that change what runs), split into what changes a run and what changes
/// only the scoring (<see cref="AssignmentKeys"/>). Timestamps play no part: a copied or
/// re-downloaded class folder with the same content is not graded again.
/// </summary>
public static class ContentHash
{
    /// <summary>A submission folder's files (build and tool folders skipped), or a zip's bytes.</summary>
    public static string Submission(string source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (File.Exists(source)) AddFile(hash, "", () => File.OpenRead(source));
        else if (Directory.Exists(source)) AddFolder(hash, "", source, skip: null);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The assignment as graded, split in two (<see cref="AssignmentKeys"/>): the run key hashes its folder's
    /// files with the spec in its <see cref="SpecRunView"/>, the grader's and harness's builds, and the
    /// options; the scoring key hashes the spec file itself.
    /// </summary>
    public static AssignmentKeys Assignment(string specPath, string harness, GradingOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string spec = Path.GetFullPath(specPath);
        string folder = Path.GetDirectoryName(spec)!;
        AddFolder(hash, "", folder, skip: spec);
        Add(hash, SpecRunView.Of(File.ReadAllText(spec)));
        // A deterministic build keeps its module id until its code changes.
        foreach (var assembly in Builds(harness))
            Add(hash, $"{assembly.GetName().Name}:{assembly.ManifestModule.ModuleVersionId}");
        Add(hash, $"device={options.Device};isolation={options.Isolation};time={options.TimeLimitFactor};output={options.OutputLimitChars}");
        return new AssignmentKeys(Convert.ToHexStringLower(hash.GetHashAndReset()), Scoring(spec));
    }

    /// <summary>The grader's and harness's builds, and the assemblies the harness references beside the
    /// framework's (the assignment's contracts among them: a changed contract can change what compiles).</summary>
    internal static IEnumerable<Assembly> Builds(string harness)
    {
        var harnessAssembly = Assembly.Load(new AssemblyName(harness));
        var referenced = harnessAssembly.GetReferencedAssemblies()
            .Where(name => name.Name is { } n && !n.StartsWith("System", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .Select(Assembly.Load);
        return new[] { typeof(Grader).Assembly, typeof(Contracts.IWrittenAnswers).Assembly, harnessAssembly }
            .Concat(referenced).DistinctBy(a => a.FullName).OrderBy(a => a.FullName, StringComparer.Ordinal);
    }

    /// <summary>The scoring key (<see cref="AssignmentKeys.Scoring"/>): the spec file's bytes.</summary>
    public static string Scoring(string specPath) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(specPath)));

    /// <summary>One key from several hashes.</summary>
    public static string Combine(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", parts))));

    /// <param name="prefix">The folder's name relative to the one hashed (a trailing slash): <paramref name="folder"/> may be a
    /// <c>/proc/self/fd</c> path when its own name is not UTF-8 (<see cref="RawFileNames"/>).</param>
    private static void AddFolder(IncrementalHash hash, string prefix, string folder, string? skip)
    {
        foreach (string file in Directory.EnumerateFiles(folder).Where(Decoded).Order(StringComparer.Ordinal))
            if (file != skip) AddFile(hash, prefix + Path.GetFileName(file), () => File.OpenRead(file));
        var undecodable = RawFileNames.Undecodable(folder);
        foreach (var entry in undecodable.Where(e => !e.IsFolder && !e.IsLink))
            AddFile(hash, prefix + entry.Display, () => RawFileNames.OpenFile(folder, entry));
        foreach (string sub in Directory.EnumerateDirectories(folder).Where(Decoded).Order(StringComparer.Ordinal))
            if (!SubmissionSource.IsIgnoredFolder(Path.GetFileName(sub))) AddFolder(hash, prefix + Path.GetFileName(sub) + "/", sub, skip);
        foreach (var entry in undecodable.Where(e => e.IsFolder))
        {
            using var handle = RawFileNames.OpenFolder(folder, entry);
            AddFolder(hash, prefix + entry.Display + "/", RawFileNames.PathOf(handle), skip);
        }
    }

    private static bool Decoded(string path) => !Path.GetFileName(path).Contains('\uFFFD');

    private static void AddFile(IncrementalHash hash, string name, Func<Stream> open)
    {
        Add(hash, name);
        using (var stream = open()) hash.AppendData(ReadAll(stream));
        Add(hash, "");
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
}
