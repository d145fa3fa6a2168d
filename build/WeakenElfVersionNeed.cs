// MSBuild task (netstandard 2.0, no nullable context), compiled by RoslynCodeTaskFactory (see TorchSharpNativeFix.targets).
//
// TorchSharp 0.107's libLibTorchSharp.so lists GLIBCXX_3.4.32 (GCC 13) among the versions it
// needs from libstdc++, for one symbol (_ZSt21ios_base_library_initv) that is a link-time
// anchor for iostream start-up and is never called. Debian 12 and Ubuntu 22.04 ship an older
// libstdc++, so the dynamic loader refuses the library. Marking that one requirement weak
// (VER_FLG_WEAK in vna_flags of its .gnu.version_r entry) makes the loader accept it; nothing
// else in the file changes. The task does this only when the system libstdc++ lacks the version.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class WeakenElfVersionNeed : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    [Required] public string LibraryPath { get; set; } = "";
    [Required] public string VersionName { get; set; } = "";
    /// <summary>Candidate paths of the system libstdc++; the first that exists is inspected.</summary>
    [Required] public string[] SystemLibraryCandidates { get; set; } = Array.Empty<string>();
    /// <summary>Patch whatever the system has: for a copy that ships to other machines (the tool package).</summary>
    public bool Always { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(LibraryPath)) return true;
        string system = Array.Find(SystemLibraryCandidates, File.Exists);
        if (!Always && system != null && ContainsVersionString(system, VersionName))
        {
            Log.LogMessage(MessageImportance.Low, $"{system} defines {VersionName}; {LibraryPath} left as it is.");
            return true;
        }
        byte[] elf = File.ReadAllBytes(LibraryPath);
        string outcome = Patch(elf, VersionName);
        if (outcome == "patched") File.WriteAllBytes(LibraryPath, elf);
        Log.LogMessage(MessageImportance.Normal, $"{Path.GetFileName(LibraryPath)}: {VersionName} requirement {outcome}.");
        return true;
    }

    private static bool ContainsVersionString(string path, string version)
    {
        byte[] needle = Encoding.ASCII.GetBytes(version + "\0");
        byte[] hay = File.ReadAllBytes(path);
        for (int i = 0; i + needle.Length <= hay.Length; i++)
        {
            int k = 0;
            while (k < needle.Length && hay[i + k] == needle[k]) k++;
            if (k == needle.Length) return true;
        }
        return false;
    }

    /// <summary>Sets the weak flag on the named version requirement; returns what happened.</summary>
    public static string Patch(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[4] != 2 || elf[5] != 1)
            return "not changed (not a little-endian ELF64 file)";
        long shoff = BitConverter.ToInt64(elf, 0x28);
        int shentsize = BitConverter.ToUInt16(elf, 0x3a);
        int shnum = BitConverter.ToUInt16(elf, 0x3c);
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (BitConverter.ToUInt32(elf, (int)sh + 4) != ShtGnuVerneed) continue;
            long offset = BitConverter.ToInt64(elf, (int)sh + 0x18);
            int link = (int)BitConverter.ToUInt32(elf, (int)sh + 0x28);
            long strtab = BitConverter.ToInt64(elf, (int)(shoff + (long)link * shentsize) + 0x18);
            return PatchVerneed(elf, offset, strtab, version);
        }
        return "not changed (no .gnu.version_r section)";
    }

    private static string PatchVerneed(byte[] elf, long need, long strtab, string version)
    {
        while (true)
        {
            int count = BitConverter.ToUInt16(elf, (int)need + 2);
            long aux = need + BitConverter.ToUInt32(elf, (int)need + 8);
            for (int k = 0; k < count; k++)
            {
                long name = strtab + BitConverter.ToUInt32(elf, (int)aux + 8);
                if (ReadString(elf, name) == version)
                {
                    ushort flags = BitConverter.ToUInt16(elf, (int)aux + 4);
                    if ((flags & VerFlgWeak) != 0) return "already weak";
                    BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(elf, aux + 4);
                    return "patched";
                }
                aux += BitConverter.ToUInt32(elf, (int)aux + 12);
            }
            uint next = BitConverter.ToUInt32(elf, (int)need + 12);
            if (next == 0) return "not changed (no such requirement)";
            need += next;
        }
    }

    private static string ReadString(byte[] elf, long at)
    {
        int end = Array.IndexOf(elf, (byte)0, (int)at);
        return Encoding.ASCII.GetString(elf, (int)at, end - (int)at);
    }
}
