namespace Grading.Core.Archives;

/// <summary>
/// The bytes and entries a class zip's extraction has left, for the class and for each student, counted on what is
/// actually written. A student's own budget is charged first, so a bomb in one folder stops at that folder's
/// bound and cannot use up the class's.
/// </summary>
internal sealed class ExtractionBudget(ZipLimits limits)
{
    private readonly Dictionary<string, (long Bytes, int Entries)> _students = new(StringComparer.Ordinal);
    private long _bytes;
    private int _entries;

    /// <summary>Counts one more entry; why it is one too many, or null.</summary>
    public string? CountEntry(string? student)
    {
        if (++_entries > limits.MaxEntries)
            return $"comes after the class zip's first {limits.MaxEntries:N0} entries, the most one class zip may hold; grade it from a smaller zip.";
        if (student is null) return null;
        var used = _students.GetValueOrDefault(student);
        _students[student] = used with { Entries = used.Entries + 1 };
        return used.Entries + 1 > limits.MaxStudentEntries
            ? $"holds more than {limits.MaxStudentEntries:N0} files and folders; submit the source files only."
            : null;
    }

    // A small compressed entry may expand a little beyond the ratio (tiny files compress badly), hence the
    // 64 KiB floor; beyond it, the ratio and the byte budgets stop a bomb mid-stream.
    /// <summary>Copies an entry while it stays within every bound; why it was stopped, or null.</summary>
    public string? Copy(Stream input, Stream output, long compressedLength, ClassEntryName name)
    {
        long byRatio = (long)Math.Min(long.MaxValue / 2, Math.Max(1, compressedLength) * limits.MaxCompressionRatio);
        long entryLimit = Math.Min(limits.MaxEntryBytes, Math.Max(byRatio, 64 * 1024));
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            written += read;
            if (Charge(name.Student, read) is { } over) return over;
            if (written > entryLimit)
                return written > byRatio
                    ? $"has `{name.InStudent}`, which expands more than {limits.MaxCompressionRatio:0} times its compressed size (a zip bomb?); extraction stopped."
                    : $"has `{name.InStudent}`, larger than {Mebibytes(limits.MaxEntryBytes)} once extracted; submit the source files only.";
            output.Write(buffer, 0, read);
        }
        return null;
    }

    private string? Charge(string? student, int bytes)
    {
        _bytes += bytes;
        if (student is not null)
        {
            var used = _students.GetValueOrDefault(student);
            _students[student] = used with { Bytes = used.Bytes + bytes };
            if (used.Bytes + bytes > limits.MaxStudentBytes)
                return $"holds more than {Mebibytes(limits.MaxStudentBytes)} once extracted; submit the source files only.";
        }
        return _bytes > limits.MaxTotalBytes
            ? $"comes after the class zip's first {Mebibytes(limits.MaxTotalBytes)}, the most one class zip may expand to; grade it from a smaller zip."
            : null;
    }

    private static string Mebibytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MiB";
}
