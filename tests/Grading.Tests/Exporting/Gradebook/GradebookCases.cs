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
            new GradebookEntry(new RosterEntry("s1", "Doe, Jane", "jdoe", "A", "101", "jane"), StudentStatus.Graded, result, null, null, "students/s1/result.html"),
            new GradebookEntry(new RosterEntry("s2", "Bo", "", "B"), StudentStatus.Error, null, "bo.zip is not a readable zip file.", null, null),
            new GradebookEntry(new RosterEntry("s3"), StudentStatus.Missing, null, null, "nothing handed in", null),
        ]);
    }
}
