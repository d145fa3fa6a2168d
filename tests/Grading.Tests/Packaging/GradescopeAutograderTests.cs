using System.Text.Json;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>gradescope/run_autograder against a folder shaped like Gradescope's /autograder, with the tool
/// installed where setup.sh installs it.</summary>
public class GradescopeAutograderTests
{
    private static string InstallAutograder(string name)
    {
        var tool = PackagingSetup.Tool;
        string root = Path.Combine(tool.Root, name);
        string source = Path.Combine(root, "source");
        Directory.CreateDirectory(Path.Combine(root, "submission"));
        Directory.CreateDirectory(source);
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "gradescope"))) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        // What whoever builds the autograder sets before zipping it.
        string conf = Path.Combine(source, "autograder.conf");
        File.WriteAllText(conf, File.ReadAllText(conf).Replace("\nassignment=\n", "\nassignment=ps1-autograd\n"));
        // setup.sh's install line, with the local feed.
        var install = tool.Run(root, "dotnet", "tool", "install", "Grading.Tool", "--version", PackedTool.Version, "--tool-path", Path.Combine(source, "tools"), "--add-source", tool.Feed);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());
        return root;
    }

    private static JsonElement RunAutograder(string root)
    {
        var environment = new Dictionary<string, string>(PackagingSetup.Tool.Environment) { ["AUTOGRADER_ROOT"] = root };
        var run = CommandRunner.Run(root, environment, PackedTool.Timeout, "bash", Path.Combine(root, "source", "run_autograder"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json"))).RootElement.Clone();
    }

    [Test]
    public void RunAutograder_Submission_WritesResultsJsonWhoseTotalsAreTheGrade()
    {
        string root = InstallAutograder("gradescope");
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs").Where(f => !f.EndsWith("Section13TensorGradientDescent.cs", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(root, "submission", Path.GetFileName(file)));

        var results = RunAutograder(root);
        var graded = ResultJson.Deserialize(File.ReadAllText(Path.Combine(root, "results", "result.json")));
        Assert.That(results.GetProperty("score").GetDouble(), Is.EqualTo(graded.Score).And.EqualTo(60));
        var tests = results.GetProperty("tests").EnumerateArray().ToList();
        Assert.That(tests.Sum(t => t.TryGetProperty("score", out var s) ? s.GetDouble() : 0), Is.EqualTo(graded.Score));
        // 1.5's 15 points wait for a TA: an informational test, with no score, max_score or status.
        Assert.That(tests.Sum(t => t.TryGetProperty("max_score", out var m) ? m.GetDouble() : 0), Is.EqualTo(85));
        Assert.That(tests.Select(t => t.TryGetProperty("status", out var s) ? s.GetString() : null), Is.EqualTo(new[] { "passed", "passed", "failed", "passed", null }));
        Assert.That(tests[2].GetProperty("output").GetString(), Does.Contain("no public class implements ISection13TensorGradientDescent"));
        Assert.That(File.Exists(Path.Combine(root, "results", "report.html")), Is.True);
    }

    [Test]
    public void RunAutograder_NothingToGrade_WritesScoreZeroWithTheReason()
    {
        string root = InstallAutograder("gradescope-empty");
        var results = RunAutograder(root);
        Assert.That(results.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(results.GetProperty("output").GetString(), Does.Contain("could not grade").And.Contain("holds no .cs files"));
        Assert.That(results.GetProperty("tests").GetArrayLength(), Is.Zero);
    }
}
