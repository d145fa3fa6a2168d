using System.Text;

namespace Grading.Core.Compiling;

/// <summary>
/// Turns a source file's bytes into text the way an editor would: a byte-order mark decides (UTF-8,
/// UTF-16, UTF-32); otherwise strict UTF-8; bytes that are not UTF-8 (a file saved as Windows-1252 or
/// Latin-1) are read as Latin-1, which never fails, and the caller gets a note saying where.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string relativePath, out CompilerDiagnostic? note)
    {
        note = null;
        if (Unicode(bytes) is { } other) return other;
        int skip = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            int bad = FirstInvalidUtf8(bytes, skip);
            var (line, column) = Position(bytes, bad);
            string text = Encoding.Latin1.GetString(bytes, skip, bytes.Length - skip);
            note = new CompilerDiagnostic(relativePath, line, column, "warning", "SRC001",
                $"the file is not valid UTF-8 (byte 0x{bytes[bad]:X2} at line {line}); it was read as Latin-1. Save it as UTF-8.",
                text.Split('\n')[line - 1].TrimEnd('\r'));
            return text;
        }
    }

    /// <summary>UTF-16 or UTF-32 text, which only a byte-order mark tells apart.</summary>
    private static string? Unicode(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4),
        [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
        _ => null,
    };

    private static int FirstInvalidUtf8(byte[] bytes, int offset)
    {
        var span = bytes.AsSpan();
        while (offset < span.Length)
        {
            var status = Rune.DecodeFromUtf8(span[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }
        return 0;
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n') (line, lineStart) = (line + 1, i + 1);
        }
        return (line, offset - lineStart + 1);
    }
}
