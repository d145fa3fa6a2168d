using Microsoft.CodeAnalysis;

namespace Grading.Core.Audit;

/// <summary>
/// Makes one kind of mistake in code: shown every node of the reference, it returns the changed versions of
/// that node a student might have written. Operators model mistakes in numerical training code (a flipped
/// update sign, a dropped factor 2, an off-by-one epoch loop, a gradient never cleared), not generic ones.
/// </summary>
public abstract class MutationOperator
{
    /// <summary>Short kebab-case name, used in ids, audit.yml and reports ("arithmetic", "learning-rate").</summary>
    public abstract string Name { get; }

    /// <summary>The student mistake it models, for the report's legend.</summary>
    public abstract string Models { get; }

    /// <summary>The mutations of <paramref name="node"/> (usually none). The semantic model lets an operator skip
    /// changes that cannot compile (a string's + turned into -) or that only make sense on tensors.</summary>
    public abstract IEnumerable<Mutation> Mutate(SyntaxNode node, SemanticModel model);
}
