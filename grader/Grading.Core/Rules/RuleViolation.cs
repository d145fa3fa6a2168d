namespace Grading.Core.Rules;

/// <summary>One broken static rule, located in the student's source.</summary>
/// <param name="Api">The rule's pattern, as written in assignment.yml.</param>
/// <param name="Message">The rule's message followed by what was found (or not found) and where.</param>
/// <param name="File">The syntax tree's file path as the submission named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">The offending source line, trimmed.</param>
/// <param name="CouldNotTell">The grader could not decide whether the rule is broken (a value only known when the
/// code runs): a note the student sees, which costs no points.</param>
public sealed record RuleViolation(string Api, string Message, string File, int Line, int Column, string Code, bool CouldNotTell = false);
