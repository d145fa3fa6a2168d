using System.Text;
using System.Text.Json;
using Grading.Tests.Support;

namespace Grading.Tests.Gradescope;

/// <summary>
/// gradescope/run_autograder in a folder shaped like Gradescope's /autograder, with GRADER set to the grader built
/// beside the tests or to a stand-in that records how it was called: the assignment comes from autograder.conf, and
/// what it writes when grading cannot run is a results.json Gradescope reads, with the reason shown as written.
/// (Packaging/GradescopeAutograderTests runs it with the packed tool, installed as setup.sh installs it.)
/// </summary>
public class RunAutograderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string Autograder(TempFolder work, string? assignment)
    {
        string source = Path.Combine(work.Path, "source");
        Directory.CreateDirectory(source);
        Directory.CreateDirectory(Path.Combine(work.Path, "submission"));
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "gradescope"))) File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        string conf = File.ReadAllText(Path.Combine(source, "autograder.conf"));
        Assert.That(conf, Does.Contain("\nassignment=\n"), "the repository's autograder.conf names no assignment: whoever builds one chooses");
        if (assignment is not null) File.WriteAllText(Path.Combine(source, "autograder.conf"), conf.Replace("\nassignment=\n", $"\nassignment={assignment}\n"));
        return work.Path;
    }

    /// <summary>A stand-in grader: it records its arguments, writes stderr and exits as told.</summary>
    private static string StandIn(TempFolder work, int exitCode, string stderr)
    {
        File.WriteAllBytes(Path.Combine(work.Path, "stderr.bin"), Encoding.UTF8.GetBytes(stderr));
        return work.Write("stand-in-grader", $"#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"{work.Path}/arguments.txt\"\ncat \"{work.Path}/stderr.bin\" >&2\nexit {exitCode}\n");
    }

    /// <summary>The grader built beside the tests, as a command (what setup.sh's tool is).</summary>
    private static string BuiltGrader(TempFolder work) =>
        work.Write("grader", $"#!/usr/bin/env bash\nexec \"{CommandRunner.Dotnet}\" \"{Path.Combine(TestContext.CurrentContext.TestDirectory, "grader.dll")}\" \"$@\"\n");

    private static JsonElement Run(string root, string grader)
    {
        CommandRunner.Run(root, new Dictionary<string, string>(), TimeSpan.FromSeconds(10), "chmod", "+x", grader);
        var run = CommandRunner.Run(root, new Dictionary<string, string> { ["AUTOGRADER_ROOT"] = root, ["GRADER"] = grader }, Timeout,
            "bash", Path.Combine(root, "source", "run_autograder"));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        // Strict: invalid UTF-8 or an unescaped control character would throw here, as Gradescope's parser would refuse it.
        return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "results", "results.json"))).RootElement.Clone();
    }

    [Test]
    public void RunAutograder_AssignmentInConf_IsPassedToTheGrader()
    {
        using var work = new TempFolder("run-autograder-");
        string root = Autograder(work, "autodiff-warmup");
        Run(root, StandIn(work, 2, "stopped"));
        var arguments = File.ReadAllLines(Path.Combine(work.Path, "arguments.txt"));
        Assert.That(arguments, Is.SupersetOf(new[] { "check", "--assignment", "--format", "gradescope" }));
        Assert.That(arguments[Array.IndexOf(arguments, "--assignment") + 1], Is.EqualTo("autodiff-warmup"));
    }

    [Test]
    public void RunAutograder_NoAssignmentInConf_GradesNothingAndSaysWhy()
    {
        using var work = new TempFolder("run-autograder-");
        string root = Autograder(work, assignment: null);
        var results = Run(root, StandIn(work, 0, ""));
        Assert.That(File.Exists(Path.Combine(work.Path, "arguments.txt")), Is.False, "the grader never ran");
        Assert.That(results.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(results.GetProperty("output").GetString(), Does.Contain("names no assignment"));
    }

    [Test]
    public void RunAutograder_GraderCannotGrade_WritesAValidZeroResultWithTheReasonAsWritten()
    {
        using var work = new TempFolder("run-autograder-");
        string root = Autograder(work, "ps1-autograd");
        // Quotes, a backslash, a tab, markup, an escape sequence, a carriage return, and a long tail cut at 4000 bytes
        // in the middle of a two-byte character.
        string stderr = "error: \"Vector<double>\" \\ tab\there \u001b[31mred\r\n" + new string('é', 3000);
        var results = Run(root, StandIn(work, 2, stderr));
        Assert.That(results.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "score", "execution_time", "output_format", "output", "tests" }));
        Assert.That(results.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(results.GetProperty("output_format").GetString(), Is.EqualTo("md"));
        string output = results.GetProperty("output").GetString()!;
        Assert.That(output.TrimEnd('\n').Split('\n'), Has.All.StartWith("    "), "a Markdown code block: shown as written");
        Assert.That(output, Does.Contain("could not grade").And.Contain("(exit code 2)").And.Contain("error: \"Vector<double>\" \\ tab here [31mred"));
        // Ordinal: a culture-aware search ignores control characters and would find them anywhere.
        Assert.That(output.IndexOfAny(['\u001b', '\r', '\uFFFD']), Is.EqualTo(-1), "controls dropped, the cut character too");
        Assert.That(results.GetProperty("tests").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void RunAutograder_OtherAssignmentsSubmission_IsGradedAsTheAutogradersAssignment()
    {
        using var work = new TempFolder("run-autograder-");
        string root = Autograder(work, "ps1-autograd");
        foreach (string file in Directory.GetFiles(AutodiffGrading.Reference, "*.cs")) File.Copy(file, Path.Combine(root, "submission", Path.GetFileName(file)));
        var results = Run(root, BuiltGrader(work));
        // Left to the submission's contracts, the grader would grade this autodiff-warmup reference as autodiff-warmup: 100.
        Assert.That(File.ReadAllText(Path.Combine(root, "results", "result.json")), Does.Contain("\"assignment\": \"ps1-autograd\""));
        Assert.That(results.GetProperty("score").GetDouble(), Is.Zero);
        Assert.That(results.GetProperty("tests").EnumerateArray().Select(t => t.GetProperty("number").GetString()), Is.EqualTo(new[] { "1.1", "1.2", "1.3", "1.4", "1.5" }));
    }
}
