using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Core.Checks;

/// <summary>Every check kind an assignment can use, by the name assignment.yml uses: the engine's
/// generic kinds plus the kinds its harness contributes.</summary>
public sealed class CheckRegistry
{
    private readonly Dictionary<string, ICheck> _checks;

    public CheckRegistry(IEnumerable<ICheck> checks)
    {
        _checks = new Dictionary<string, ICheck>(StringComparer.Ordinal);
        foreach (var check in checks)
            if (!_checks.TryAdd(check.Kind, check))
                throw new InvalidOperationException($"Two checks claim the kind '{check.Kind}'.");
    }

    /// <summary>Kinds every assignment may use.</summary>
    public static IReadOnlyList<ICheck> Generic { get; } = [new RulesCheck(), new AnswersCheck(), new ValuesCheck()];

    /// <summary>The engine's kinds and the harness's own; a harness kind may not shadow an engine kind.</summary>
    public static CheckRegistry For(IAssignmentHarness harness) => new([.. Generic, .. harness.Checks]);

    /// <summary>The registry of the assignment at <paramref name="specPath"/>, built from its harness alone:
    /// nothing is prepared or run (what rescoring a saved result needs).</summary>
    public static CheckRegistry ForAssignment(string specPath) => AssignmentLoader.Load(specPath).Checks;

    public IReadOnlyCollection<string> Kinds => _checks.Keys;

    public ICheck this[string kind] => _checks.TryGetValue(kind, out var check)
        ? check
        : throw new KeyNotFoundException($"Unknown check kind '{kind}' (known: {string.Join(", ", Kinds)}).");
}
