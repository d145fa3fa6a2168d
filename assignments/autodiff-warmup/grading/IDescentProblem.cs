namespace AutodiffWarmup.Grading;

/// <summary>A loss the grader can descend itself in float64, to replay a submission's steps exactly.</summary>
public interface IDescentProblem
{
    double Loss(double[] parameters);

    double[] Gradient(double[] parameters);

    /// <summary>What each parameter is called in messages (e.g. "x", "a", "w").</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>How many data points the loss runs over (1 for a loss of the parameter alone).</summary>
    int Samples => 1;

    /// <summary>Whether the loss sums the squared errors (section 4, the lecture's loop) rather than averaging them.</summary>
    bool Summed => false;
}
