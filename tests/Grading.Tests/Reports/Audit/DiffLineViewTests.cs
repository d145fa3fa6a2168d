using Grading.Reports.Audit;

namespace Grading.Tests.Reports.Audit;

/// <summary>A unified diff's lines are marked by their first characters: --- and +++ open a file, not a change.</summary>
public class DiffLineViewTests
{
    [Test]
    public void Split_UnifiedDiff_MarksEachLineByItsPrefix()
    {
        var lines = DiffLineView.Split("--- a/T.cs\r\n+++ b/T.cs\r\n@@ -1,2 +1,2 @@\r\n x = 1;\r\n-y = 2;\r\n+y = 3;\r\n+++z;\r\n---w;\r\n");

        Assert.That(lines.Select(l => l.Kind), Is.EqualTo(new[] { "file", "file", "hunk", "context", "removed", "added", "file", "file" }));
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "--- a/T.cs", "+++ b/T.cs", "@@ -1,2 +1,2 @@", " x = 1;", "-y = 2;", "+y = 3;", "+++z;", "---w;" }),
            "CRLF and the final line break dropped, the text otherwise as written");
    }

    [Test]
    public void Split_PlusOrMinusAlone_IsAChange()
    {
        Assert.That(DiffLineView.Split("+\n-\n++x\n--x").Select(l => l.Kind), Is.EqualTo(new[] { "added", "removed", "added", "removed" }));
    }

    [Test]
    public void Split_EmptyDiff_HasNoLines()
    {
        Assert.That(DiffLineView.Split(""), Is.Empty);
        Assert.That(DiffLineView.Split("\n").Select(l => l.Kind), Is.EqualTo(new[] { "context" }), "a diff of one empty line keeps it");
    }
}
