using System.Collections;

namespace Grading.Tests.Bounds;

/// <summary>A read-only list that claims <paramref name="count"/> items and makes each on demand, as a hostile submission's might.</summary>
internal sealed class ClaimingList(int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] => $"answer {index}";

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
