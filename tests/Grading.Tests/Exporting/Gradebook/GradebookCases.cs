using Grading.Core.Bulk;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting.Gradebook;

/// <summary>A small class for the exporter tests: one graded student (with a comma in the name and a failed check), one whose submission could not be graded, one with nothing handed in.</summary>
internal static class GradebookCases
{
    public static ClassGradebook Class()
    {
        var result = SampleResults.Result([
            SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
            SampleResults.Section("1.2", 10, 30, SectionStatus.Partial, failedMessage: "uses \"TorchSharp\", which 1.2 forbids"),
        ]);
        return new ClassGradebook("ps1-autograd", "PS1 Part 3", 100,
        [
            new GradebookEntry(new RosterEntry("s1", "Doe, Jane", "jdoe", "A", "101", "jane", "jane@uni.example"), StudentStatus.Graded, result, null, null, "students/s1/result.html"),
            new GradebookEntry(new RosterEntry("s2", "Bo", "", "B"), StudentStatus.Error, null, "bo.zip is not a readable zip file.", null, null),
            new GradebookEntry(new RosterEntry("s3"), StudentStatus.Missing, null, null, "nothing handed in", null),
        ]);
    }

    /// <summary>A class whose student text starts spreadsheet formulas: a folder named like OWASP's example, a roster
    /// name, a check's message and a grading error.</summary>
    public static ClassGradebook Hostile()
    {
        var result = SampleResults.Result([
            SampleResults.Section("1.2", 10, 30, SectionStatus.Partial, failedMessage: "=HYPERLINK(\"http://x\",\"fix\")"),
        ]);
        return new ClassGradebook("ps1-autograd", "PS1 Part 3", 100,
        [
            new GradebookEntry(new RosterEntry(HostileText.Formula), StudentStatus.Graded, result, null, null, "students/x/result.html"),
            new GradebookEntry(new RosterEntry("s2", "@SUM(1+1)", "", "-A", "", "\tlogin"), StudentStatus.Error, null, "+cmd: not a zip", null, null),
        ]);
    }
}
