using Grading.Core.Audit;
using Grading.Tests.Support;

namespace Grading.Tests.Audit;

/// <summary>The diff is read by people in the report and by <c>patch</c> when an instructor wants the mutant back:
/// these tests apply it with GNU patch, the program that consumes the format.</summary>
public sealed class UnifiedDiffTests
{
    private static readonly string Before = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"line {i}")) + "\n";

    [Test]
    public void Of_OneChangedLine_HasThreeLinesOfContextEachSide()
    {
        string after = Before.Replace("line 6\n", "line six\n", StringComparison.Ordinal);
        string diff = UnifiedDiff.Of("A.cs", Before, after);
        Assert.That(diff, Is.EqualTo("--- a/A.cs\n+++ b/A.cs\n@@ -3,7 +3,7 @@\n line 3\n line 4\n line 5\n-line 6\n+line six\n line 7\n line 8\n line 9\n"));
    }

    [Test]
    public void Of_ChangesAtTheEdgesAndRemovedLines_ApplyWithPatch()
    {
        string[] afters =
        [
            Before.Replace("line 1\n", "first\n", StringComparison.Ordinal),
            Before.Replace("line 12\n", "last\n", StringComparison.Ordinal),
            Before.Replace("line 7\n", "", StringComparison.Ordinal),
            Before.Replace("line 7\n", "line 7a\nline 7b\n", StringComparison.Ordinal),
        ];
        foreach (string after in afters)
        {
            using var folder = new TempFolder("audit-diff-");
            string file = folder.Write("A.cs", Before);
            string patchFile = folder.Write("change.diff", UnifiedDiff.Of("A.cs", Before, after));
            var run = CommandRunner.Run(folder.Path, new Dictionary<string, string>(), TimeSpan.FromSeconds(30), "patch", "-p1", "-i", patchFile);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(File.ReadAllText(file), Is.EqualTo(after));
        }
    }

    [Test]
    public void Of_NoChange_IsEmpty() => Assert.That(UnifiedDiff.Of("A.cs", Before, Before), Is.Empty);
}
