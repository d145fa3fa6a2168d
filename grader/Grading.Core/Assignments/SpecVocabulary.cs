namespace Grading.Core.Assignments;

/// <summary>What an assignment's harness adds to the words <c>assignment.yml</c> may use: its check kinds
/// and its own top-level blocks. Anything neither the engine nor the harness knows is rejected.</summary>
/// <param name="CheckKinds">Every check kind allowed (engine and harness); null accepts any kind (the loader alone cannot know them).</param>
/// <param name="Blocks">The harness's top-level blocks, parsed by the harness.</param>
public sealed record SpecVocabulary(IReadOnlyCollection<string>? CheckKinds, IReadOnlyList<ISpecBlockParser> Blocks)
{
    /// <summary>The engine's words alone, with any check kind accepted.</summary>
    public static SpecVocabulary EngineOnly { get; } = new(null, []);
}
