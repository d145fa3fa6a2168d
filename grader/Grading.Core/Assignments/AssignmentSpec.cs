namespace Grading.Core.Assignments;

/// <summary>An assignment as its <c>assignment.yml</c> describes it, validated.</summary>
public sealed class AssignmentSpec
{
    /// <summary>Short identifier, also the assignment's folder name (e.g. <c>ps1-autograd</c>).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Name of the assembly holding the assignment's section drivers.</summary>
    public required string Harness { get; init; }
    /// <summary>Seed handed to every section so runs repeat exactly.</summary>
    public int Seed { get; init; }
    /// <summary>The harness's own top-level blocks, as its <see cref="ISpecBlockParser"/>s read them, by key
    /// (absent blocks have no entry). The engine never looks inside them.</summary>
    public IReadOnlyDictionary<string, object> Blocks { get; init; } = new Dictionary<string, object>();
    public required IReadOnlyList<SectionSpec> Sections { get; init; }
    /// <summary>The <c>policy:</c> entries: APIs no code of the submission may use, whatever the section.
    /// Same form as a section's rules. The built-in default policy is not in this list; see
    /// <see cref="PolicyDefaults"/> and <c>Grading.Core.Policy.DefaultPolicy.AppliedTo</c>.</summary>
    public IReadOnlyList<RuleSpec> Policy { get; init; } = [];
    /// <summary>The <c>policy:</c> list's <c>allow:</c> entries: patterns (namespaces, types, members) added to the
    /// list of APIs a submission may use. The built-in list is not in here; see <see cref="PolicyDefaults"/>.</summary>
    public IReadOnlyList<string> PolicyAllowed { get; init; } = [];
    /// <summary>Whether the built-in default policy (its forbidden and its allowed APIs) applies besides <see cref="Policy"/>
    /// and <see cref="PolicyAllowed"/> (<c>policy_defaults</c>, default true).</summary>
    public bool PolicyDefaults { get; init; } = true;
    /// <summary>Folder that held the YAML file; relative paths in the spec are resolved against it.</summary>
    public required string Directory { get; init; }

    public double MaxScore => Sections.Sum(s => s.Points);

    /// <summary>The harness block <paramref name="key"/> as the type its parser made, or null when the spec has none.</summary>
    public T? Block<T>(string key) where T : class => Blocks.TryGetValue(key, out var block)
        ? block as T ?? throw new InvalidOperationException($"The '{key}' block of {Id} is a {block.GetType().Name}, not a {typeof(T).Name}.")
        : null;
}
