using Microsoft.Win32.SafeHandles;

namespace Grading.Core.Running.Memory;

/// <summary>
/// Reads this process's resident memory from <c>/proc/self/statm</c> again and again without allocating: the watcher
/// that polls it runs beside student code, and a managed allocation there can start a garbage collection from the
/// watcher's thread, which is the one thing it must never do (see <see cref="ISafeCollectionPoint"/>).
/// </summary>
internal sealed class ResidentMemoryReader : IDisposable
{
    private readonly SafeFileHandle _statm;
    private readonly byte[] _buffer = new byte[256];
    private readonly long _pageSize = Environment.SystemPageSize;

    private ResidentMemoryReader(SafeFileHandle statm) => _statm = statm;

    /// <summary>A reader, or null where there is no <c>/proc/self/statm</c>.</summary>
    public static ResidentMemoryReader? Open()
    {
        try
        {
            var reader = new ResidentMemoryReader(File.OpenHandle("/proc/self/statm"));
            if (reader.Read() is not null) return reader;
            reader.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Resident bytes now: the second field, in pages; null if the file could not be read.</summary>
    public long? Read()
    {
        int length;
        try
        {
            length = RandomAccess.Read(_statm, _buffer, 0);
        }
        catch (IOException)
        {
            return null;
        }
        int i = 0;
        while (i < length && _buffer[i] != (byte)' ') i++; // skip the first field (total size)
        i++;
        long pages = 0;
        int digits = 0;
        for (; i < length && _buffer[i] is >= (byte)'0' and <= (byte)'9'; i++, digits++) pages = pages * 10 + (_buffer[i] - '0');
        return digits == 0 ? null : pages * _pageSize;
    }

    public void Dispose() => _statm.Dispose();
}
