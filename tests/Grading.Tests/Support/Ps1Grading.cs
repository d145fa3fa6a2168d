using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Tests.Support;

/// <summary>One PS1 grader for the whole test run (opening it prepares data and libtorch once), and
/// submission folders built from the reference with a fixture's files laid over it.</summary>
public static class Ps1Grading
{
    // In-process: these tests grade trusted code (the reference and honest mistakes) many times, and
    // the worker's start-up would triple their time. Isolation has its own tests (Isolation/).
    private static readonly Lazy<Grader> Shared = new(() =>
        Grader.Open(RepositoryPaths.Ps1Spec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.InProcess }));

    /// <summary>The shared in-process grader itself (for bulk runs in tests).</summary>
    public static Grader Grader => Shared.Value;

    public static string Reference => Path.Combine(RepositoryPaths.Root, "reference", "ps1-autograd");

    public static string Template => Path.Combine(RepositoryPaths.Root, "student-template", "ps1-autograd");

    public static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "ps1-autograd", name);

    public static GradingResult Grade(string folder) => Shared.Value.Grade(new GradeRequest(folder));

    /// <summary>Scores a saved result again with the shared grader, running nothing.</summary>
    public static GradingResult Rescore(GradingResult saved) => Shared.Value.Rescore(saved);

    /// <summary>Grades the reference with <paramref name="fixture"/>'s .cs files replacing the reference's.</summary>
    public static GradingResult GradeOverlay(string fixture) => GradeOverlay(Shared.Value, Fixture(fixture));

    /// <summary>Grades, with <paramref name="grader"/>, the reference with the .cs files of <paramref name="fixtureFolder"/> laid over it.</summary>
    public static GradingResult GradeOverlay(Grader grader, string fixtureFolder)
    {
        var folder = Directory.CreateTempSubdirectory("ps1-fixture-");
        try
        {
            foreach (string file in Directory.GetFiles(Reference, "*.cs")) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            foreach (string file in Directory.GetFiles(fixtureFolder, "*.cs")) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
            return grader.Grade(new GradeRequest(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static SectionResult Section(this GradingResult result, string id) => result.Sections.Single(s => s.Id == id);

    public static IEnumerable<string> FailedChecks(this SectionResult section) => section.Checks.Where(c => !c.Passed).Select(c => c.Name);
}
