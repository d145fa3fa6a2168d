using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// Looks through a package for anything of the instructor's reference solutions (every assignment's,
/// everything under <c>reference/</c>): their source files (by name or by any of their distinctive lines,
/// in UTF-8 or UTF-16), an assembly defining their classes, or cached reference timings.
/// </summary>
internal static class ReferenceLeaks
{
    private static readonly string[] ReferenceFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "reference"), "*.cs", SearchOption.AllDirectories);

    public static IReadOnlyList<string> Find(ZipArchive package)
    {
        Assert.That(ReferenceFiles.Select(f => Path.GetFileName(Path.GetDirectoryName(f))).Distinct(), Is.SupersetOf(StudentTemplate.All.Select(t => t.AssignmentId)),
            "every assignment's reference is looked for");
        var classNames = ReferenceFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();
        // Lines only a reference has: long, and not in any template's stubs (which ship as-is to students).
        var templateText = string.Concat(StudentTemplate.All.SelectMany(t => Directory.GetFiles(t.Folder, "*.cs")).Select(File.ReadAllText));
        var distinctive = ReferenceFiles.SelectMany(File.ReadAllLines).Select(l => l.Trim())
            .Where(l => l.Length >= 40 && !templateText.Contains(l, StringComparison.Ordinal)).Distinct().ToList();
        var findings = new List<string>();
        foreach (var entry in package.Entries)
        {
            string name = entry.FullName;
            if (name.Contains("reference", StringComparison.OrdinalIgnoreCase)) findings.Add($"{name}: named like reference material");
            if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)) findings.Add($"{name}: C# source");
            byte[] bytes = Read(entry);
            if (distinctive.FirstOrDefault(line => Contains(bytes, Encoding.UTF8.GetBytes(line)) || Contains(bytes, Encoding.Unicode.GetBytes(line))) is { } leaked)
                findings.Add($"{name}: holds the reference line '{leaked}'");
            if (Contains(bytes, "reference_duration_ms"u8.ToArray()) || Contains(bytes, "reference-times-"u8.ToArray()))
                findings.Add($"{name}: holds reference timings");
            if (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && DefinedTypes(bytes).FirstOrDefault(classNames.Contains) is { } type)
                findings.Add($"{name}: defines the reference class {type}");
        }
        return findings;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static IEnumerable<string> DefinedTypes(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        if (!pe.HasMetadata) return [];
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Name)).ToList();
    }
}
