namespace Grading.Core.Assignments;

/// <summary>One entry of <c>policy:</c>: exactly one of a forbidding rule or an allowed pattern.</summary>
internal sealed record PolicyEntry(RuleSpec? Forbidden, string? Allowed);
