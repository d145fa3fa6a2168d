using System.Buffers.Binary;

namespace Grading.Tests.Compiling;

/// <summary>Rewrites the sizes a zip declares, to build an archive that lies about them.</summary>
internal static class ZipHeaders
{
    private const uint LocalHeader = 0x04034b50, CentralHeader = 0x02014b50;

    public static void OverwriteUncompressedSizes(string zip, uint size)
    {
        byte[] bytes = File.ReadAllBytes(zip);
        for (int i = 0; i + 4 <= bytes.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            // Uncompressed size: offset 22 in a local header, 24 in a central directory header.
            if (signature == LocalHeader) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            else if (signature == CentralHeader) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
        }
        File.WriteAllBytes(zip, bytes);
    }
}
