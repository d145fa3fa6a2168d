using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Grading.Core.IO;

/// <summary>
/// File and folder names whose bytes are not UTF-8: a <c>Seçtion.cs</c> saved on a Latin-1 or Windows-1252 machine,
/// or unpacked by an old zip tool. .NET decodes such a name with U+FFFD for each bad byte, and the decoded name opens
/// nothing, so on Linux these names are listed and opened by their bytes (libc's <c>readdir</c> and <c>open</c>). Their
/// name for people is the UTF-8 with each bad byte written <c>\xE7</c>: printable, unambiguous, and safe everywhere
/// once the destination's own escaping applies. A folder opened this way is read through <c>/proc/self/fd/N</c>.
/// </summary>
internal static class RawFileNames
{
    private const int ReadOnly = 0, NoFollow = 0x20000, Directory = 0x10000, CloseOnExec = 0x80000, NonBlocking = 0x800;
    private const int TooManyLinks = 40;
    // struct dirent on 64-bit Linux (glibc and musl): d_ino (8), d_off (8), d_reclen (2), d_type (1), then d_name.
    private const int TypeOffset = 18, NameOffset = 19;
    private const byte UnknownType = 0, FolderType = 4, LinkType = 10;

    /// <summary>The names in <paramref name="folder"/> that .NET cannot open (they decode with U+FFFD); none off Linux.</summary>
    public static IReadOnlyList<RawEntry> Undecodable(string folder)
    {
        if (!OperatingSystem.IsLinux()) return [];
        IntPtr dir = OpenDir(Path(folder, null));
        if (dir == IntPtr.Zero) return [];
        var names = new List<RawEntry>();
        try
        {
            for (IntPtr entry = ReadDir(dir); entry != IntPtr.Zero; entry = ReadDir(dir))
            {
                byte[] name = NameOf(entry);
                if (Encoding.UTF8.GetString(name).Contains('\uFFFD')) names.Add(Entry(folder, name, Marshal.ReadByte(entry, TypeOffset)));
            }
        }
        finally
        {
            CloseDir(dir);
        }
        return names.OrderBy(n => n.Display, StringComparer.Ordinal).ToList();
    }

    private static RawEntry Entry(string folder, byte[] name, byte type)
    {
        if (type != UnknownType) return new RawEntry(name, Display(name), type == FolderType, type == LinkType);
        // Some file systems leave the type out of the listing: opening the entry as a folder tells.
        int fd = Open(Path(folder, name), ReadOnly | Directory | NoFollow | CloseOnExec);
        if (fd >= 0) using (new SafeFileHandle(fd, ownsHandle: true)) return new RawEntry(name, Display(name), true, false);
        return new RawEntry(name, Display(name), false, Marshal.GetLastPInvokeError() == TooManyLinks);
    }

    /// <summary>The name as UTF-8, each byte that is not UTF-8 written as <c>\xE7</c>.</summary>
    public static string Display(ReadOnlySpan<byte> name)
    {
        var text = new StringBuilder(name.Length + 8);
        while (!name.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(name, out var rune, out int used) == System.Buffers.OperationStatus.Done) text.Append(rune.ToString());
            else { text.Append($"\\x{name[0]:X2}"); used = 1; }
            name = name[used..];
        }
        return text.ToString();
    }

    /// <summary>The folder, opened; throws <see cref="IOException"/> when it cannot be.</summary>
    public static SafeFileHandle OpenFolder(string folder, RawEntry entry)
    {
        int fd = Open(Path(folder, entry.Name), ReadOnly | Directory | NoFollow | CloseOnExec);
        return fd >= 0 ? new SafeFileHandle(fd, ownsHandle: true) : throw Failure(entry);
    }

    /// <summary>The file, opened for reading; throws <see cref="IOException"/> when it cannot be.</summary>
    public static FileStream OpenFile(string folder, RawEntry entry)
    {
        int fd = Open(Path(folder, entry.Name), ReadOnly | NoFollow | CloseOnExec | NonBlocking);
        return fd >= 0 ? new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read) : throw Failure(entry);
    }

    /// <summary>A path .NET can read an opened folder (or file) by, while <paramref name="handle"/> stays open.</summary>
    public static string PathOf(SafeFileHandle handle) => $"/proc/self/fd/{handle.DangerousGetHandle()}";

    private static IOException Failure(RawEntry entry) => new($"{entry.Display}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");

    private static byte[] Path(string folder, byte[]? name)
    {
        byte[] path = Encoding.UTF8.GetBytes(name is null ? folder : folder.TrimEnd('/') + "/");
        return [.. path, .. name ?? [], 0];
    }

    private static byte[] NameOf(IntPtr entry)
    {
        var bytes = new List<byte>();
        for (int i = NameOffset; Marshal.ReadByte(entry, i) is var b && b != 0; i++) bytes.Add(b);
        return [.. bytes];
    }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern IntPtr OpenDir(byte[] path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern IntPtr ReadDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int CloseDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);
}
