using Grading.Core.Assignments;
using NUnit.Framework;

namespace Grading.Tests.Assignments;

public sealed class KeySuggesterTests
{
    private static readonly string[] CheckKeys = ["kind", "points", "tolerance", "relative_tolerance"];

    [Test]
    public void Distance_AdjacentSwap_CountsAsOneEdit()
    {
        Assert.That(KeySuggester.Distance("pionts", "points"), Is.EqualTo(1));
        Assert.That(KeySuggester.Distance("kind", "points"), Is.EqualTo(4));
    }

    [Test]
    public void Closest_TyposWithinTwoEdits_FindTheKeyAndOthersDoNot()
    {
        Assert.That(KeySuggester.Closest("Points", CheckKeys), Is.EqualTo("points"));
        Assert.That(KeySuggester.Closest("tolerence", CheckKeys), Is.EqualTo("tolerance"));
        Assert.That(KeySuggester.Closest("relative_tol", CheckKeys), Is.Null);
        Assert.That(KeySuggester.Closest("ab", ["id"]), Is.Null);
    }
}
