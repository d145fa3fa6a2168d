namespace Grading.Cli.Benchmarking;

/// <summary>A generated student's grade in one benchmark run.</summary>
/// <param name="Pending">Points awaiting a TA (written answers): an empty answer costs no score, only these.</param>
internal sealed record StudentScore(double Score, double Pending)
{
    /// <summary>The most the submission can end with once a TA has scored it.</summary>
    public double Attainable => Score + Pending;
}
