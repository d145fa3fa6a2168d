namespace Grading.Core.Assignments;

/// <summary>Finds the known name a typo was probably meant to be, for "did you mean" hints.</summary>
public static class KeySuggester
{
    /// <summary>Largest edit distance still worth suggesting; beyond it a hint is more confusing than helpful.</summary>
    public const int MaxDistance = 2;

    /// <summary>The closest candidate within <see cref="MaxDistance"/> edits (first one on a tie), or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            // A distance as large as the candidate itself means nothing in common ('ab' vs 'id').
            if (distance <= MaxDistance && distance < candidate.Length && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Ends an error sentence: "; did you mean 'x'?" when a close candidate exists, else ".".</summary>
    public static string HintOrPeriod(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } match ? $"; did you mean '{match}'?" : ".";

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent swaps, the commonest typo.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
