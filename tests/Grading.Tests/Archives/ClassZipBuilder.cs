using System.IO.Compression;
using System.Text;

namespace Grading.Tests.Archives;

/// <summary>
/// Writes a class zip entry by entry, including entries no honest zip tool writes: symbolic links, names that
/// climb out, absolute names, names with bytes that are not UTF-8, bombs. Those last are written under a
/// placeholder name and patched in the bytes afterwards (System.IO.Compression only writes valid names).
/// </summary>
internal sealed class ClassZipBuilder(string path) : IDisposable
{
    // Two bytes that can start no UTF-8 sequence; written over the placeholder "@@" in a name.
    private static readonly byte[] NotUtf8 = [0xFF, 0xFE];
    private readonly ZipArchive _archive = ZipFile.Open(path, ZipArchiveMode.Create);
    private readonly List<string> _patches = [];

    public string Path => path;

    public ClassZipBuilder File(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = _archive.CreateEntry(name, level).Open();
        stream.Write(content);
        return this;
    }

    public ClassZipBuilder File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Every .cs file of <paramref name="folder"/>, under <paramref name="prefix"/>.</summary>
    public ClassZipBuilder Folder(string prefix, string folder)
    {
        foreach (string file in Directory.GetFiles(folder, "*.cs")) File(prefix + System.IO.Path.GetFileName(file), System.IO.File.ReadAllBytes(file));
        return this;
    }

    /// <summary>A symbolic link, as Unix zip tools store one: the mode S_IFLNK | 0777 and the target as content.</summary>
    public ClassZipBuilder Symlink(string name, string target)
    {
        var entry = _archive.CreateEntry(name);
        entry.ExternalAttributes = unchecked((int)0xA1FF0000);
        using var stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(target));
        return this;
    }

    /// <summary>An entry whose name has "@@" replaced by bytes that are not valid UTF-8.</summary>
    public ClassZipBuilder NotUtf8Name(string nameWithPlaceholder, string text)
    {
        if (!nameWithPlaceholder.Contains("@@", StringComparison.Ordinal)) throw new ArgumentException("the name needs a @@ placeholder");
        _patches.Add(nameWithPlaceholder);
        return File(nameWithPlaceholder, text);
    }

    public void Dispose()
    {
        _archive.Dispose();
        if (_patches.Count == 0) return;
        byte[] bytes = System.IO.File.ReadAllBytes(path);
        foreach (string name in _patches)
        {
            byte[] original = Encoding.UTF8.GetBytes(name);
            byte[] patched = (byte[])original.Clone();
            int at = name.IndexOf("@@", StringComparison.Ordinal);
            NotUtf8.CopyTo(patched, Encoding.UTF8.GetByteCount(name[..at]));
            // The name appears twice: in the local header and in the central directory. The CRC covers the content only.
            for (int i = bytes.AsSpan().IndexOf(original); i >= 0; i = bytes.AsSpan().IndexOf(original))
                patched.CopyTo(bytes, i);
        }
        System.IO.File.WriteAllBytes(path, bytes);
    }
}
