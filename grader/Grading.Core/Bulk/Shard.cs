namespace Grading.Core.Bulk;

/// <summary>The k-th of N slices of a class (<c>--shard k/N</c>): every N-th student in id order, starting at the k-th.
/// The slices are disjoint, cover the class, and differ in size by at most one.</summary>
public sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int k) && int.TryParse(parts[1], out int n) && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        throw new BulkInputException($"--shard '{text}' is not of the form k/N with 1 <= k <= N (e.g. 2/3).");
    }

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items) => items.Where((_, i) => i % Count == Index - 1).ToList();

    public override string ToString() => $"{Index}/{Count}";
}
