namespace Grading.Core.Compiling;

/// <summary>
/// How much source a submission may bring. Hand-written C# for a problem set is a few hundred KB at
/// most; the bounds stop a generated or padded file (or a zip bomb) from costing the grader its memory
/// and the compiler its minutes, and say so instead.
/// </summary>
public sealed record SourceLimits
{
    public static SourceLimits Default { get; } = new();

    public long MaxFileBytes { get; init; } = 1024 * 1024;
    public long MaxTotalBytes { get; init; } = 8 * 1024 * 1024;
    public int MaxFiles { get; init; } = 500;
    /// <summary>Entries a zip may list at all, .cs or not: its central directory is read whole.</summary>
    public int MaxArchiveEntries { get; init; } = 20_000;
}
