using System.Globalization;
using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;

namespace Grading.Cli.Bulk;

/// <summary>Progress as one line per student, for logs and CI (standard output is not a terminal).</summary>
internal sealed class PlainBulkProgress(TextWriter writer) : IBulkProgress
{
    private readonly object _gate = new();
    private int _total;
    private int _done;

    public void Started(int students)
    {
        lock (_gate)
        {
            _total = students;
            writer.WriteLine(Heading(students));
        }
    }

    public void Finished(StudentOutcome outcome)
    {
        lock (_gate) writer.WriteLine(Line(++_done, _total, outcome));
    }

    /// <summary>The line that opens a run: how many students it grades.</summary>
    public static string Heading(int students) => $"Grading {Counted.Of(students, "student")}.";

    /// <summary>The line of the <paramref name="done"/>-th student to finish, of <paramref name="total"/>.</summary>
    public static string Line(int done, int total, StudentOutcome outcome) =>
        string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {Describe(outcome)}");

    /// <summary>One line about a student, its student text (id, error) made safe for a terminal.</summary>
    public static string Describe(StudentOutcome outcome)
    {
        var record = outcome.Record;
        string what = record.Status switch
        {
            StudentStatus.Graded => string.Create(CultureInfo.InvariantCulture, $"{outcome.Score:0.##}/{outcome.MaxScore:0.##}"),
            StudentStatus.Error => $"could not be graded: {TerminalText.Line(record.Error)}",
            _ => "nothing handed in",
        };
        string how = outcome.Skipped ? "unchanged, kept"
            : outcome.Rescored ? "rescored from its saved outputs, no code run"
            : string.Create(CultureInfo.InvariantCulture, $"{outcome.Duration.TotalSeconds:0.0} s");
        return $"{TerminalText.Line(record.Student.Id)}: {what} ({how})";
    }
}
