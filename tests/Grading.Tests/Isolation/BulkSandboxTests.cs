using Grading.Core.Bulk;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>
/// A class graded in bulk, with the static policy off, where one student's code hunts for the others'
/// saved results (by walking the file system and through /proc/&lt;pid&gt;/cwd) to rewrite them. The
/// output folder is outside /tmp, where a real course's would be.
/// </summary>
[NonParallelizable]
public class BulkSandboxTests
{
    [Test]
    public void Bulk_StudentHuntingOtherResults_ChangesNoOtherGrade()
    {
        SandboxFixtures.RequireSandbox();
        string root = Path.Combine(RepositoryPaths.Root, $".sandbox-test-{Guid.NewGuid():N}");
        try
        {
            string submissions = Path.Combine(root, "class");
            Overlay(Path.Combine(submissions, "aaa-victim"), null);
            Overlay(Path.Combine(submissions, "zzz-attacker"), SandboxFixtures.Folder("escape-probe"));
            var layout = new BulkLayout(Path.Combine(root, "out"));
            using var grader = SandboxFixtures.Open(sandbox: true, "1.1", "1.2");
            var runner = new BulkRunner(grader, RepositoryPaths.Ps1Spec, layout, new BulkOptions { Jobs = 1 }, _ => "<html></html>");

            runner.Run(SubmissionDiscovery.Discover(submissions, Roster.Empty, layout.WorkFolder).Submissions, new SilentProgress());

            string victim = File.ReadAllText(layout.ResultPath("aaa-victim"));
            Assert.That(victim, Does.Not.Contain("tampered"));
            Assert.That(ResultJson.Deserialize(victim).Section("1.2").Score, Is.EqualTo(30));
            var attacker = ResultJson.Deserialize(File.ReadAllText(layout.ResultPath("zzz-attacker")));
            Assert.That(attacker.Section("1.2").FirstProblem, Does.Contain("nothing outside the sandbox was reachable"));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void Overlay(string target, string? fixture)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), true);
        if (fixture is not null)
            foreach (string file in Directory.GetFiles(fixture, "*.cs")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), true);
    }

    private sealed class SilentProgress : IBulkProgress
    {
        public void Started(int students) { }

        public void Finished(StudentOutcome outcome) { }
    }
}
