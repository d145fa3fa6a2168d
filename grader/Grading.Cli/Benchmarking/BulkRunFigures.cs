namespace Grading.Cli.Benchmarking;

/// <summary>What one timed <c>grader bulk</c> run of the benchmark's class measured.</summary>
/// <param name="WallSeconds">The bulk process's wall time, start to exit: startup, grading and the gradebook exports.</param>
/// <param name="CpuSeconds">CPU time (user + system) of the bulk process and all its workers together.</param>
/// <param name="BenchmarkCpuSeconds">The benchmark's own CPU time meanwhile (mostly sampling memory), taken from the same cores.</param>
/// <param name="SectionSeconds">The sum, over every result, of its sections' times as the result records them (student code running).</param>
/// <param name="PeakRssMb">Peak of the summed RSS of the bulk process and its workers (see <see cref="ProcessTreeMemory"/>).</param>
/// <param name="PeakPssMb">Peak of the summed PSS of the same processes.</param>
/// <param name="Scores">Each graded student's score and pending points.</param>
internal sealed record BulkRunFigures(
    int Jobs, int Submissions, double WallSeconds, double CpuSeconds, double BenchmarkCpuSeconds, int Graded, int Errors, double SectionSeconds,
    double PeakRssMb, double PeakPssMb, int PeakProcesses, IReadOnlyDictionary<string, StudentScore> Scores)
{
    public double SubmissionsPerMinute => Submissions * 60 / WallSeconds;

    /// <summary>The sum, over every result, of the time its sections' calls on hidden data variants took (not in <see cref="SectionSeconds"/>).</summary>
    public double VariantSeconds { get; init; }

    /// <summary>
    /// Job-seconds per submission not spent in student code: (jobs × wall − section time − variant time) / submissions.
    /// At one job it is wall time per submission minus section time per submission; at more, time a job
    /// sat idle (waiting for the last student, or for a core) counts as overhead too.
    /// </summary>
    public double OverheadPerSubmissionSeconds => (Jobs * WallSeconds - SectionSeconds - VariantSeconds) / Submissions;
}
