namespace Grading.Core.Audit;

/// <summary>What grading a mutant of the reference showed about the assignment's checks.</summary>
public enum MutantStatus
{
    /// <summary>It lost points in a section it changes: the checks noticed the mistake.</summary>
    Killed,
    /// <summary>It kept every point: a mistake the checks let through (a blind spot).</summary>
    Survived,
    /// <summary>A section it changes ran past its time limit: noticed, by a limit rather than a check.</summary>
    TimedOut,
    /// <summary>A section it changes was killed (memory limit) or its worker died: noticed, by a limit.</summary>
    Crashed,
    /// <summary>The mutation does not compile (a type the operator cannot change that way): discarded.</summary>
    NotCompiled,
    /// <summary>Kept full marks, and audit.yml lists it as a change no check can or should notice, with the reason.</summary>
    Equivalent,
    /// <summary>No section's code runs it, so no grade can depend on it; not graded.</summary>
    Unreached,
}
