using System.Globalization;

namespace Grading.Core.Compiling;

/// <summary>
/// Gathers a submission's .cs files from a folder or an archive under <see cref="SourceLimits"/>, decoding
/// each and keeping notes (not UTF-8, links skipped) for the result. Sizes are enforced on the bytes actually
/// read, not on what an archive declares, so a lying zip header cannot slip a bomb through.
/// </summary>
internal sealed class SourceCollector(string origin, SourceLimits limits)
{
    private long _totalBytes;

    public List<SourceFile> Files { get; } = [];
    public List<CompilerDiagnostic> Notes { get; } = [];

    public void Add(string relativePath, long declaredBytes, Func<Stream> open)
    {
        if (Files.Count == limits.MaxFiles)
            throw new SubmissionException($"'{origin}' holds more than {limits.MaxFiles} .cs files; a submission may have at most {limits.MaxFiles}.");
        if (declaredBytes > limits.MaxFileBytes) throw TooLarge(relativePath, declaredBytes);
        byte[] bytes = ReadBounded(relativePath, open);
        _totalBytes += bytes.Length;
        if (_totalBytes > limits.MaxTotalBytes)
            throw new SubmissionException($"'{origin}' holds more than {Size(limits.MaxTotalBytes)} of .cs source; a submission may have at most " +
                $"{Size(limits.MaxTotalBytes)}. Leave generated code and data out of it.");
        string text = SourceDecoder.Decode(bytes, relativePath, out var note);
        if (note is not null) Notes.Add(note);
        Files.Add(new SourceFile(relativePath, text));
    }

    public void Skip(string relativePath, string id, string why) =>
        Notes.Add(new CompilerDiagnostic(relativePath, 1, 1, "warning", id, why, ""));

    private byte[] ReadBounded(string relativePath, Func<Stream> open)
    {
        using var stream = open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes) throw TooLarge(relativePath, null);
        }
        return buffer.ToArray();
    }

    private SubmissionException TooLarge(string relativePath, long? bytes) =>
        new($"{relativePath} in '{origin}' is {(bytes is { } b ? Size(b) : $"over {Size(limits.MaxFileBytes)}")}; a source file may be at most " +
            $"{Size(limits.MaxFileBytes)}. Leave generated code and data out of the submission.");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";
}
