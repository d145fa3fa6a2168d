using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grading.Cli.Benchmarking;

/// <summary>The bulk benchmark's figures: one row per jobs count, as a table and as JSON (<c>--output</c>).</summary>
internal sealed record BulkBenchmarkReport(
    string Assignment, string GraderVersion, int CpuCount, string WorkerThreads, IReadOnlyList<GeneratedStudent> Students,
    IReadOnlyList<double> LoadAverageBefore, IReadOnlyList<double> LoadAverageAfter, IReadOnlyList<BulkRunFigures> Runs)
{
    public const string MemoryMeasure =
        "peaks of the summed RSS and of the summed PSS of the bulk process and all its descendants (workers), from /proc: RSS every 100 ms, PSS at each new RSS peak and every second, the process tree every 0.5 s";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people and scripts, never embedded in HTML
    };

    /// <summary>(t1 / tJ) / J against the one-job run of the same benchmark; null without one.</summary>
    public double? ParallelEfficiency(BulkRunFigures run) =>
        Runs.FirstOrDefault(r => r.Jobs == 1) is { } one ? one.WallSeconds / run.WallSeconds / run.Jobs : null;

    /// <summary>Whether every bug variant ends below every correct submission, each at the most it can reach
    /// once a TA has scored the written answers (score + pending points).</summary>
    public bool BugsBelowCorrect(BulkRunFigures run)
    {
        var correct = Scored(run, correct: true);
        var buggy = Scored(run, correct: false);
        return correct.Count == 0 || buggy.All(b => b.Attainable < correct.Min(c => c.Attainable));
    }

    public void Print(TextWriter writer)
    {
        writer.WriteLine(Invariant($"{Students.Count} submissions of {Assignment} ({Students.Count(s => s.IsCorrect)} correct, {Students.Count(s => !s.IsCorrect)} with a typical bug), {CpuCount} CPU threads, --worker-threads {WorkerThreads}, load average {LoadAverageBefore[0]:0.00} before, {LoadAverageAfter[0]:0.00} after"));
        writer.WriteLine("jobs  wall (s)  subs/min  efficiency  overhead/sub (s)  sections (s)  CPU/sub (s)  peak RSS (MiB)  peak PSS (MiB)  graded");
        foreach (var run in Runs)
        {
            string efficiency = ParallelEfficiency(run) is { } e ? e.ToString("0.00", CultureInfo.InvariantCulture) : "-";
            writer.WriteLine(Invariant(
                $"{run.Jobs,4}  {run.WallSeconds,8:0.0}  {run.SubmissionsPerMinute,8:0.0}  {efficiency,10}  {run.OverheadPerSubmissionSeconds,16:0.00}  {run.SectionSeconds,12:0.0}  {run.CpuSeconds / run.Submissions,11:0.00}  {run.PeakRssMb,14:0}  {run.PeakPssMb,14:0}  {run.Graded,6}"));
        }
        foreach (var run in Runs)
        {
            var correct = Scored(run, correct: true);
            var buggy = Scored(run, correct: false);
            writer.WriteLine(Invariant(
                $"jobs {run.Jobs}: correct scored {Range(correct)}, bug variants {Range(buggy)}; every bug variant below every correct one (score + pending): {(BugsBelowCorrect(run) ? "yes" : "NO")}; {run.Errors} could not be graded"));
        }
        foreach (var run in Runs.Where(r => r.VariantSeconds > 0))
            writer.WriteLine(Invariant(
                $"jobs {run.Jobs}: calls on hidden data variants {run.VariantSeconds:0.0} s, {100 * run.VariantSeconds / run.SectionSeconds:0.0} % of the section time"));
        writer.WriteLine($"Memory: {MemoryMeasure}.");
        writer.WriteLine("Overhead per submission: (jobs × wall − section time − variant time) / submissions, both as the results record them. CPU: user + system of the bulk process and its workers.");
    }

    public void Write(string path)
    {
        var document = new
        {
            Assignment,
            GraderVersion,
            CpuCount,
            WorkerThreads,
            Submissions = Students.Count,
            LoadAverageBefore,
            LoadAverageAfter,
            MemoryMeasure,
            OverheadDefinition = "(jobs * wall_s - section_s - variant_s) / submissions",
            Runs = Runs.Select(r => new
            {
                r.Jobs,
                WallS = r.WallSeconds,
                r.SubmissionsPerMinute,
                ParallelEfficiency = ParallelEfficiency(r),
                OverheadPerSubmissionS = r.OverheadPerSubmissionSeconds,
                SectionS = r.SectionSeconds,
                VariantS = r.VariantSeconds,
                CpuS = r.CpuSeconds,
                BenchmarkCpuS = r.BenchmarkCpuSeconds,
                PeakRssMb = r.PeakRssMb,
                PeakPssMb = r.PeakPssMb,
                r.PeakProcesses,
                r.Graded,
                r.Errors,
                BugsBelowCorrect = BugsBelowCorrect(r),
                r.Scores,
            }),
            Students = Students.Select(s => new { s.Id, s.Variant, s.IsCorrect }),
        };
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        Core.IO.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    public static IReadOnlyList<double> ReadLoadAverage()
    {
        if (!File.Exists("/proc/loadavg")) return [0, 0, 0];
        return File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
    }

    private List<StudentScore> Scored(BulkRunFigures run, bool correct) =>
        Students.Where(s => s.IsCorrect == correct && run.Scores.ContainsKey(s.Id)).Select(s => run.Scores[s.Id]).ToList();

    private static string Range(IReadOnlyList<StudentScore> scores) =>
        scores.Count == 0 ? "none" : Invariant($"{scores.Min(s => s.Score):0.#}–{scores.Max(s => s.Score):0.#} (mean {scores.Average(s => s.Score):0.#}, {scores.Count})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
