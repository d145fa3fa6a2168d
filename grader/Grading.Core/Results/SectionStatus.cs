namespace Grading.Core.Results;

/// <summary>A section's verdict; serialized in lower case (passed, partial, failed, error, pending).</summary>
public enum SectionStatus
{
    /// <summary>Every check passed and nothing waits for a TA.</summary>
    Passed,
    /// <summary>Some points earned or pending, some lost.</summary>
    Partial,
    /// <summary>The code ran, and earned nothing.</summary>
    Failed,
    /// <summary>The code could not be run to the end (not implemented, threw, timed out, did not compile).</summary>
    Error,
    /// <summary>Nothing failed, and points wait for a TA.</summary>
    Pending,
}
