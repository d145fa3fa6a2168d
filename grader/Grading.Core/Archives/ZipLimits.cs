namespace Grading.Core.Archives;

/// <summary>
/// How much a class's zip may hold once extracted (a student's own zip is read in place, under
/// SourceLimits, never extracted). The bounds leave room for a whole class's download while stopping
/// a zip bomb long before the disk fills. The per-student bounds keep one student's folder from using up
/// the class's budget, so a bomb costs its author only.
/// </summary>
public sealed record ZipLimits(long MaxTotalBytes, long MaxEntryBytes, int MaxEntries, double MaxCompressionRatio)
{
    /// <summary>What one student's folder (or zip) inside the class zip may hold once extracted.</summary>
    public long MaxStudentBytes { get; init; } = 256L << 20;
    /// <summary>How many entries one student's folder inside the class zip may hold.</summary>
    public int MaxStudentEntries { get; init; } = 10_000;

    /// <summary>A whole class's download (a zip of students' folders or zips).</summary>
    public static ZipLimits Class { get; } = new(MaxTotalBytes: 2L << 30, MaxEntryBytes: 256L << 20, MaxEntries: 200_000, MaxCompressionRatio: 200);
}
