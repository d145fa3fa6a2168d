namespace Grading.Core.Bounds;

/// <summary>
/// Reads what student code returned as a sequence without ever holding more of it than a limit: a list or collection
/// says its length, anything else is read lazily (a lazily generated 10^8 elements costs a count, not the memory),
/// and a sequence that never ends is counted only so far.
/// </summary>
public static class BoundedSequence
{
    /// <summary>How many elements past the kept ones are counted, at most, before saying "more than".</summary>
    public const long CountLimit = 200_000_000;

    /// <remarks>Call it inside the guarded call: a student's sequence or Count runs student code.</remarks>
    public static BoundedList<T> Read<T>(IEnumerable<T> source, int max)
    {
        long? known = source switch
        {
            IReadOnlyCollection<T> c => c.Count,
            ICollection<T> c => c.Count,
            _ => null,
        };
        var kept = new List<T>(Math.Min(max, (int)Math.Min(known ?? 1024, 1 << 20)));
        long length = 0;
        using var enumerator = source.GetEnumerator();
        while (length < max && enumerator.MoveNext())
        {
            kept.Add(enumerator.Current);
            length++;
        }
        if (known is { } count) return new BoundedList<T>(kept, Math.Max(count, length), false);
        while (length < CountLimit && enumerator.MoveNext()) length++;
        return new BoundedList<T>(kept, length, length >= CountLimit && enumerator.MoveNext());
    }
}
