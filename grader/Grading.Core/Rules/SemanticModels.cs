using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// One semantic model per syntax tree of a compilation, shared by every scan of it (each section's
/// rules, the policy, unreachable code): a model caches what it has bound, and a fresh model per
/// member would bind the same code again and again.
/// </summary>
internal static class SemanticModels
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> Models = new();

    public static SemanticModel For(Compilation compilation, SyntaxTree tree) =>
        Models.GetValue(compilation, _ => new()).GetOrAdd(tree, t => compilation.GetSemanticModel(t));
}
