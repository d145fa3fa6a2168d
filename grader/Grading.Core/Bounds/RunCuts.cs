namespace Grading.Core.Bounds;

/// <summary>The cuts of one run, one per thing cut: cutting something again keeps the first cut's true size and
/// what it was called, with the new amount kept.</summary>
internal sealed class RunCuts(IReadOnlyList<RunCut>? existing)
{
    private readonly List<RunCut> _cuts = existing?.ToList() ?? [];

    public int Count => _cuts.Count;

    public void Add(RunCut cut)
    {
        int at = _cuts.FindIndex(c => c.Field == cut.Field && c.Key == cut.Key);
        if (at < 0) _cuts.Add(cut);
        else _cuts[at] = _cuts[at] with { Kept = Math.Min(_cuts[at].Kept, cut.Kept) };
    }

    public IReadOnlyList<RunCut> ToList() => _cuts.ToList();
}
