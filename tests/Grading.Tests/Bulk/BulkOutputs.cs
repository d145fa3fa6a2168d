using Grading.Core.Bulk;

namespace Grading.Tests.Bulk;

/// <summary>Compares two bulk output folders on what grading decided (scores, statuses, checks, gradebooks), never on times or dates.</summary>
internal static class BulkOutputs
{
    public static readonly string[] StableExports = ["canvas.csv", "moodle.csv", "checks.csv"];

    public static void AssertSameGrades(string expectedFolder, string actualFolder)
    {
        var expected = new BulkLayout(expectedFolder);
        var actual = new BulkLayout(actualFolder);
        var expectedRecords = expected.ReadRecords();
        Assert.That(actual.ReadRecords().Select(r => (r.Student, r.Status, r.Error)), Is.EqualTo(expectedRecords.Select(r => (r.Student, r.Status, r.Error))));
        foreach (var record in expectedRecords.Where(r => r.Status == StudentStatus.Graded))
            Assert.That(Decisions(actual, record.Student.Id), Is.EqualTo(Decisions(expected, record.Student.Id)), record.Student.Id);
        foreach (string file in StableExports)
            Assert.That(File.ReadAllText(Path.Combine(actualFolder, file)), Is.EqualTo(File.ReadAllText(Path.Combine(expectedFolder, file))), file);
    }

    private static IEnumerable<string> Decisions(BulkLayout layout, string id)
    {
        var result = layout.ReadResult(id);
        yield return $"{result.Student} {result.Score}/{result.MaxScore} pending {result.PendingPoints} compiled {result.Compilation.Succeeded}";
        foreach (var s in result.Sections)
        {
            yield return $"{s.Id} {s.Status} {s.Score} {s.Error}";
            foreach (var c in s.Checks) yield return $"{s.Id} {c.Name} {c.Passed} {c.Pending} {c.Points} {c.Message}";
        }
    }
}
