namespace Grading.Core.Results;

/// <summary>One limit on the submission's code: its value, what enforced it, and whether it was in force here.</summary>
public sealed record LimitReport(string Name, string Value, string EnforcedBy, bool InForce);
