using Grading.Core.Assignments;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>PLACEHOLDER until the rules branch lands.</summary>
public sealed class RuleChecker
{
    public IReadOnlyList<RuleViolation> Check(Compilation compilation, string contractInterfaceFullName, IReadOnlyList<RuleSpec> rules) => [];
}
