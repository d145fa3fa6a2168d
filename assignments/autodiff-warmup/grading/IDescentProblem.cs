namespace AutodiffWarmup.Grading;

/// <summary>A loss the grader can descend itself in float64, to replay a submission's steps exactly.</summary>
public interface IDescentProblem
{
    double Loss(double[] parameters);

    double[] Gradient(double[] parameters);

    /// <summary>What each parameter is called in messages (e.g. "x", "a", "w").</summary>
    IReadOnlyList<string> Names { get; }
}
