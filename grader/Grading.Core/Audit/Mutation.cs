using Microsoft.CodeAnalysis;

namespace Grading.Core.Audit;

/// <summary>One change an operator proposes: <paramref name="Original"/> replaced by <paramref name="Replacement"/>
/// (a node of the same kind: an expression for an expression, a statement for a statement).</summary>
/// <param name="Description">The mistake in words, for the report ("- instead of +").</param>
public sealed record Mutation(SyntaxNode Original, SyntaxNode Replacement, string Description);
