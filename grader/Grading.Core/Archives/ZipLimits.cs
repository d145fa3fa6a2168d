namespace Grading.Core.Archives;

/// <summary>
/// How much a submission zip may hold once extracted. A student's C# sources are kilobytes; these
/// bounds leave room for a whole class's download while stopping a zip bomb long before the disk fills.
/// </summary>
public sealed record ZipLimits(long MaxTotalBytes, long MaxEntryBytes, int MaxEntries, double MaxCompressionRatio)
{
    /// <summary>One student's submission.</summary>
    public static ZipLimits Submission { get; } = new(MaxTotalBytes: 64L << 20, MaxEntryBytes: 16L << 20, MaxEntries: 2_000, MaxCompressionRatio: 200);

    /// <summary>A whole class's download (a zip of students' folders or zips).</summary>
    public static ZipLimits Class { get; } = new(MaxTotalBytes: 2L << 30, MaxEntryBytes: 256L << 20, MaxEntries: 200_000, MaxCompressionRatio: 200);
}
