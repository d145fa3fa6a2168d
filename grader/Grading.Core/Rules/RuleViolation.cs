namespace Grading.Core.Rules;

/// <summary>PLACEHOLDER until the rules branch lands.</summary>
public sealed record RuleViolation(string Api, string Message, string File, int Line, int Column, string Code);
