namespace Grading.Core.Running;

/// <summary>How a section's code ended.</summary>
public enum RunOutcome
{
    /// <summary>It returned a result (which the checks then judge).</summary>
    Completed,
    /// <summary>It threw NotImplementedException: the stub is untouched.</summary>
    NotImplemented,
    /// <summary>It threw any other exception.</summary>
    Threw,
    /// <summary>It ran past the section's time limit.</summary>
    TimedOut,
    /// <summary>No class implements the section's contract, or it cannot be constructed.</summary>
    MissingImplementation,
    /// <summary>It returned something unusable (null).</summary>
    InvalidResult,
    /// <summary>It was not run (the submission did not compile, or the device is unavailable).</summary>
    NotRun,
    /// <summary>The process running it died: it exited, crashed, overflowed its stack or was killed.</summary>
    Crashed,
}
