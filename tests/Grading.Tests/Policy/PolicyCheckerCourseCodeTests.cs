using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Policy;
using Grading.Core.Running;
using Grading.Tests.Support;
using NUnit.Framework;

namespace Grading.Tests.Policy;

/// <summary>
/// The allow-list lets through everything the course's own code uses: both reference solutions, both student
/// templates and every non-hostile fixture (laid over its reference, as the fixture tests grade them),
/// compiled as the grader compiles them and checked against the policy their assignment applies.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerCourseCodeTests
{
    private static readonly string[] NotCompiling = ["compile-error"];

    private static IEnumerable<TestCaseData> CourseCode()
    {
        foreach (var (assignment, reference, template) in new[]
                 {
                     ("ps1-autograd", Ps1Grading.Reference, Ps1Grading.Template),
                     ("autodiff-warmup", AutodiffGrading.Reference, AutodiffGrading.Template),
                 })
        {
            yield return new TestCaseData(assignment, reference, null).SetName($"Check_CourseCode_IsAllowed({assignment} reference)");
            yield return new TestCaseData(assignment, template, null).SetName($"Check_CourseCode_IsAllowed({assignment} template)");
            var fixtures = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", assignment);
            foreach (var fixture in Directory.GetDirectories(fixtures).Where(f => !NotCompiling.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
                yield return new TestCaseData(assignment, reference, fixture).SetName($"Check_CourseCode_IsAllowed({assignment} {Path.GetFileName(fixture)})");
        }
    }

    [TestCaseSource(nameof(CourseCode))]
    public void Check_CourseCode_IsAllowed(string assignment, string reference, string? overlay)
    {
        var loaded = AssignmentLoader.Load(Path.Combine(RepositoryPaths.Assignment(assignment), "assignment.yml"));
        var folder = Directory.CreateTempSubdirectory("policy-course-code-");
        try
        {
            foreach (var file in Directory.GetFiles(reference, "*.cs"))
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            foreach (var file in overlay is null ? [] : Directory.GetFiles(overlay, "*.cs"))
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
            var compiled = new SubmissionCompiler(loaded.Harness.SubmissionReferences).Compile(SubmissionSource.Read(folder.FullName), "Submission");
            Assert.That(compiled.Succeeded, Is.True, string.Join("\n", compiled.Diagnostics));

            var report = PolicyChecker.Check(compiled.Compilation, loaded.Spec.Sections.Select(s => s.Contract).ToList(), DefaultPolicy.AppliedTo(loaded.Spec));

            var violations = report.Sections.Values.SelectMany(v => v).Concat(report.Unattributed).Concat(report.OnLoad).Select(v => v.Message).Distinct();
            Assert.That(violations, Is.Empty);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
