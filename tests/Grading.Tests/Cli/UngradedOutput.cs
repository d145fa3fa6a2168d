using Grading.Core.Results;

namespace Grading.Tests.Cli;

/// <summary>What <c>check</c> leaves when it cannot grade (exit 2): one 0-point result under <c>grading-output</c>, with
/// the reason as every section's error, so a push still gets a score and a reason (docs/github-actions.md).</summary>
internal static class UngradedOutput
{
    public static void AssertZeroWithReason(string workPath, string reason)
    {
        string output = Path.Combine(workPath, "grading-output");
        var files = Directory.Exists(output) ? Directory.GetFiles(output, "result.json", SearchOption.AllDirectories) : [];
        Assert.That(files, Has.Length.EqualTo(1), "one 0-point result for a grading that could not run");
        var result = ResultJson.Deserialize(File.ReadAllText(files[0]));
        Assert.That(result.Score, Is.Zero);
        Assert.That(result.Sections.Select(s => s.Error), Has.All.StartsWith("Not graded: ").And.All.Contain(reason));
    }
}
