using Grading.Core.Calibration;
using Grading.Tests.Support;

namespace Grading.Tests.Calibration;

/// <summary>
/// Every fixture folder of every assignment grades as its README's front matter says: correct work scores like the
/// reference in every section, a mistake loses exactly its points in exactly its checks, and the messages name it.
/// New fixtures are picked up by adding the folder; one without front matter fails here, naming its README.
/// </summary>
public class FixtureCatalogTests
{
    private static readonly string[] Assignments = ["ps1-autograd", "autodiff-warmup"];

    public static IEnumerable<TestCaseData> Fixtures() =>
        from assignment in Assignments
        from folder in FixtureCatalog.Folders(Path.Combine(Root(), "tests", "fixtures", assignment))
        let name = Path.GetFileName(folder)
        select new TestCaseData(assignment, name).SetName($"Grade_{assignment}_{name}_MatchesItsFrontMatter");

    /// <summary>Correct fixtures the grader still gets wrong, with why and whose fix it is. Skipped here (visibly, and
    /// without spending the minute they take) until fixed; <c>grader calibrate</c> still counts them against the figures.</summary>
    private static readonly Dictionary<string, string> KnownGaps = new();

    [TestCaseSource(nameof(Fixtures))]
    public void Grade_Fixture_MatchesItsFrontMatter(string assignment, string name)
    {
        if (KnownGaps.TryGetValue($"{assignment}/{name}", out string? gap)) Assert.Ignore(gap);
        var verdict = FixtureGrading.Verdict(assignment, name);
        var result = FixtureGrading.Result(assignment, name);
        Assert.Multiple(() =>
        {
            foreach (var section in verdict.Sections)
            {
                var graded = result.Sections.Single(s => s.Id == section.Id);
                string why = $"section {section.Id}: failed [{string.Join(", ", section.ActualFailedChecks)}]; {graded.FirstProblem}";
                Assert.That(section.PointsMatch, Is.True, $"{why}: {section.Actual} points, expected {section.Expected}");
                Assert.That(section.ChecksMatch, Is.True, $"{why}: expected failed [{string.Join(", ", section.ExpectedFailedChecks ?? [])}]");
            }
            var messages = verdict.Spec.ListedSections.Count == 0 ? result.Sections : result.Sections.Where(s => verdict.Spec.ListedSections.Contains(s.Id));
            foreach (var phrase in verdict.Phrases)
                Assert.That(phrase.Found, Is.True, $"\"{phrase.Phrase}\" not in the messages:\n{string.Join("\n", messages.SelectMany(FixtureVerdict.MessagesOf))}");
        });
    }

    // Test cases are listed before any test runs, where the test context may not know its directory yet.
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Grading.sln"))) return dir.FullName;
        throw new InvalidOperationException("Grading.sln not found above the test directory.");
    }
}
