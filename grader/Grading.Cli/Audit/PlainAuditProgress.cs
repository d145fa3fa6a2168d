using System.Globalization;
using Grading.Core.Audit;
using Grading.Core.Exporting.Text;

namespace Grading.Cli.Audit;

/// <summary>Progress as one line per graded mutant, for logs and CI (standard output is not a terminal).</summary>
internal sealed class PlainAuditProgress(TextWriter writer) : IAuditProgress
{
    private readonly object _gate = new();
    private int _total;
    private int _done;

    public void Started(int toGrade, int total)
    {
        lock (_gate)
        {
            _total = toGrade;
            writer.WriteLine(Heading(toGrade, total));
        }
    }

    public void Finished(MutantResult result)
    {
        lock (_gate) writer.WriteLine(Line(++_done, _total, result));
    }

    public static string Heading(int toGrade, int total) =>
        toGrade == total ? $"Grading {Counted.Of(total, "mutant")}." : $"Grading {toGrade} of {Counted.Of(total, "mutant")} (the others are saved, equivalent or unreached).";

    /// <summary>"[3/120] Section12ArrayGradientDescent:arithmetic:3 killed by 1.2 weights (1.4 s)".</summary>
    public static string Line(int done, int total, MutantResult result)
    {
        string what = result.Status switch
        {
            MutantStatus.Killed => "killed by " + string.Join(", ", result.Sections.Where(s => s.FailedChecks.Count > 0)
                .Select(s => $"{s.Id} {string.Join(" ", s.FailedChecks.Select(c => c.Name))}")),
            MutantStatus.Survived => $"SURVIVED: {result.Mutant.Description} ({result.Mutant.File}:{result.Mutant.Line})",
            MutantStatus.TimedOut => "timed out",
            MutantStatus.Crashed => "crashed: " + (result.Sections.FirstOrDefault(s => s.Error is not null)?.Error ?? ""),
            MutantStatus.NotCompiled => "does not compile",
            _ => result.Status.ToString().ToLowerInvariant(),
        };
        return TerminalText.Line($"[{done}/{total}] {result.Mutant.Id} {what} ({(result.DurationMs / 1000).ToString("0.0", CultureInfo.InvariantCulture)} s)");
    }
}
