namespace AutodiffWarmup.Grading;

/// <summary>A way gradient descent goes wrong that the grader can replay exactly, to name it.</summary>
public enum DescentMistake
{
    /// <summary>Exact descent: p ← p − lr·∇L(p).</summary>
    None,
    /// <summary>p ← p + lr·∇L(p).</summary>
    SignFlipped,
    /// <summary>The gradient is never cleared, so each step uses the sum of all gradients so far.</summary>
    GradientAccumulates,
    /// <summary>The gradient is half what it should be (a factor 2 dropped).</summary>
    HalfGradient,
    /// <summary>The last parameter (a bias) is never updated.</summary>
    LastParameterFrozen,
}
