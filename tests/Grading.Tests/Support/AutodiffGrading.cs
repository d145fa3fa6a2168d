using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Tests.Support;

/// <summary>One autodiff-warmup grader for the whole test run, and submissions built from its reference with a
/// fixture's files laid over it.</summary>
public static class AutodiffGrading
{
    // In-process, like Ps1Grading: trusted code graded many times; isolation has its own tests.
    private static readonly Lazy<Grader> Shared = new(() =>
        Grader.Open(RepositoryPaths.AutodiffSpec, new GradingOptions { Device = "cpu", Isolation = IsolationMode.InProcess }));

    /// <summary>Section 6's file: its 100 epochs take seconds in the reference (batches gathered a batch at a time),
    /// tens of seconds in a fixture that fetches rows one at a time through a TensorDataset.</summary>
    public const string MlpFile = "Section6Mlp.cs";

    public static string Reference => Path.Combine(RepositoryPaths.Root, "reference", "autodiff-warmup");

    public static string Template => Path.Combine(RepositoryPaths.Root, "student-template", "autodiff-warmup");

    public static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "autodiff-warmup", name);

    /// <summary>The reference graded once for all tests that only read its result (it is deterministic: see its test).</summary>
    private static readonly Lazy<GradingResult> ReferenceResult = new(() => Grade(Reference));

    public static GradingResult GradedReference => ReferenceResult.Value;

    public static GradingResult Grade(string folder) => Shared.Value.Grade(new GradeRequest(folder));

    /// <summary>Grades the reference with the fixture's .cs files laid over it. Unless the fixture is about section 6,
    /// the MLP file is left out (that section then reports a missing class), which keeps each grade under a second;
    /// the reference's own grade covers section 6.</summary>
    /// <param name="remove">Reference files left out (a fixture whose class implements two sections replaces both files).</param>
    public static GradingResult GradeOverlay(string fixture, params string[] remove)
    {
        var folder = Directory.CreateTempSubdirectory("autodiff-fixture-");
        try
        {
            string[] overlay = Directory.GetFiles(Fixture(fixture), "*.cs");
            bool keepMlp = overlay.Any(f => Path.GetFileName(f) == MlpFile);
            foreach (string file in Directory.GetFiles(Reference, "*.cs"))
                if ((keepMlp || Path.GetFileName(file) != MlpFile) && !remove.Contains(Path.GetFileName(file))) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            foreach (string file in overlay) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
            return Grade(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
