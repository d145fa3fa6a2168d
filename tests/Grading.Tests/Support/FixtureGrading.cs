using System.Collections.Concurrent;
using Grading.Core.Calibration;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Tests.Support;

/// <summary>
/// Grades fixtures (tests/fixtures/&lt;assignment&gt;/&lt;name&gt;) as their front matter says, with the shared in-process
/// graders, once per test run: the catalog test and the tests that assert more than front matter can share a result.
/// A fixture with <c>isolation: process</c> is graded by a shared grader with worker processes instead, as official grading does.
/// </summary>
public static class FixtureGrading
{
    /// <summary>The reference files of slow sections, per assignment. A fixture that neither has nor names such a file,
    /// nor lists its section, grades without it (the section reports a missing class and is not judged), which keeps a
    /// fixture's grade to about a second; the reference's own tests and <c>grader calibrate</c> grade every section.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> SlowFiles = new()
    {
        ["ps1-autograd"] = new() { ["Section13TensorGradientDescent.cs"] = "1.3", ["Section14AutogradGradientDescent.cs"] = "1.4" },
        ["autodiff-warmup"] = new() { [AutodiffGrading.MlpFile] = "6" },
    };

    private static readonly ConcurrentDictionary<string, Lazy<Grader>> WorkerGraders = new();

    private static readonly ConcurrentDictionary<string, Lazy<(FixtureSpec Spec, GradingResult Result, IReadOnlyList<string> NotJudged)>> Graded = new();

    public static string FixturesFolder(string assignment) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", assignment);

    public static FixtureSpec Spec(string assignment, string name) => FixtureSpecParser.ReadFolder(Path.Combine(FixturesFolder(assignment), name));

    /// <summary>The fixture's grade (graded on first use).</summary>
    public static GradingResult Result(string assignment, string name) => Grade(assignment, name).Result;

    /// <summary>The fixture's grade judged against its front matter.</summary>
    public static FixtureVerdict Verdict(string assignment, string name)
    {
        var (spec, result, notJudged) = Grade(assignment, name);
        return FixtureVerdict.Judge(spec, result, notJudged);
    }

    private static (FixtureSpec Spec, GradingResult Result, IReadOnlyList<string> NotJudged) Grade(string assignment, string name) =>
        Graded.GetOrAdd($"{assignment}/{name}", _ => new(() =>
        {
            var spec = Spec(assignment, name);
            var leftOut = LeftOut(assignment, spec);
            using var submission = FixtureSubmission.Assemble(spec, Path.Combine(RepositoryPaths.Root, "reference", assignment), leftOut.Keys.ToList());
            var result = spec.NeedsWorker ? WorkerGrader(assignment).Grade(new GradeRequest(submission.Folder))
                : assignment == "autodiff-warmup" ? AutodiffGrading.Grade(submission.Folder) : Ps1Grading.Grade(submission.Folder);
            return (spec, result, leftOut.Values.ToList());
        })).Value;

    /// <summary>Grades <paramref name="folder"/> with the shared grader that runs sections in worker processes.</summary>
    public static GradingResult GradeInWorkers(string assignment, string folder, int? variantSeed = null) =>
        WorkerGrader(assignment).Grade(new GradeRequest(folder, VariantSeed: variantSeed));

    private static Grader WorkerGrader(string assignment) => WorkerGraders.GetOrAdd(assignment, name => new(() => Grader.Open(
        name == "autodiff-warmup" ? RepositoryPaths.AutodiffSpec : RepositoryPaths.Ps1Spec,
        new GradingOptions { Device = "cpu", Isolation = IsolationMode.Process }))).Value;

    private static Dictionary<string, string> LeftOut(string assignment, FixtureSpec spec)
    {
        if (spec.Base != FixtureBase.Reference || !SlowFiles.TryGetValue(assignment, out var slow)) return [];
        var own = Directory.GetFiles(spec.Folder, "*.cs", SearchOption.AllDirectories);
        string ownText = string.Concat(own.Select(File.ReadAllText));
        return slow.Where(file => !own.Any(f => Path.GetFileName(f) == file.Key) && !spec.Remove.Contains(file.Key)
                && !spec.ListedSections.Contains(file.Value) && !ownText.Contains(Path.GetFileNameWithoutExtension(file.Key), StringComparison.Ordinal))
            .ToDictionary();
    }
}
