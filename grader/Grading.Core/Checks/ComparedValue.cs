namespace Grading.Core.Checks;

/// <summary>One row of the values a check compared, for the report's generic table (null numbers: absent).</summary>
public sealed record ComparedValue(string Name, double? Submitted, double? Expected, double? Tolerance, bool Ok);
