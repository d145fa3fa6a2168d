using System.Globalization;
using System.Text;
using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Tests.Support;

namespace Grading.Tests.Classroom;

/// <summary>
/// Each student template's README states every section's time and memory limit as assignment.yml sets them: the
/// table between its <c>limits</c> markers is the one rendered here from the loaded spec, so a limit changed in the
/// spec fails this test until the README says it too (the failure message holds the table to paste).
/// </summary>
public class TemplateLimitsTests
{
    private const string Begin = "<!-- limits: generated from assignment.yml; TemplateLimitsTests checks it -->";
    private const string End = "<!-- /limits -->";

    [TestCase("ps1-autograd")]
    [TestCase("autodiff-warmup")]
    public void Readme_LimitsTable_MatchesAssignmentYml(string assignment)
    {
        var spec = AssignmentLoader.Load(Path.Combine(RepositoryPaths.Assignment(assignment), "assignment.yml")).Spec;
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "student-template", assignment, "README.md")).ReplaceLineEndings("\n");
        int begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        string expected = Render(spec);

        Assert.That(begin >= 0 && end > begin, Is.True, $"README.md has no limits table; add:\n{Begin}\n{expected}{End}");
        string actual = readme[(begin + Begin.Length)..end].Trim('\n') + "\n";
        Assert.That(actual, Is.EqualTo(expected), "paste the expected table between the markers");
    }

    [Test]
    public void Render_Ps1_StatesTheClosedFormsLargerMemory()
    {
        var spec = AssignmentLoader.Load(RepositoryPaths.Ps1Spec).Spec;
        Assert.That(Render(spec), Does.Contain("| 1.1 | Calculating the weights analytically | 30 s | 4096 MiB |"));
    }

    private static string Render(AssignmentSpec spec)
    {
        var table = new StringBuilder("| Section | Title | Time limit | Memory limit |\n|---|---|---|---|\n");
        foreach (var section in spec.Sections)
            table.Append(CultureInfo.InvariantCulture, $"| {section.Id} | {section.Title} | {section.TimeLimitSeconds:0.#} s | {section.MemoryLimitMegabytes:0.#} MiB |\n");
        return table.ToString();
    }
}
