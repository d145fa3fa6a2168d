namespace Grading.Core.Running;

/// <summary>Where a submission's code runs.</summary>
public enum IsolationMode
{
    /// <summary>On threads of the grader's own process: fastest, but a crash or Environment.Exit takes the grader down.</summary>
    InProcess,
    /// <summary>In worker processes the grader can kill: a failure costs one section.</summary>
    Process,
}
