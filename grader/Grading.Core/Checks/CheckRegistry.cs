namespace Grading.Core.Checks;

/// <summary>Every check kind the engine knows, by the name assignment.yml uses.</summary>
public sealed class CheckRegistry
{
    private readonly Dictionary<string, ICheck> _checks;

    public CheckRegistry(IEnumerable<ICheck> checks) => _checks = checks.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public static CheckRegistry Default { get; } = new([
        new WeightsCheck(), new EpochsCheck(), new LossHistoryCheck(), new GradientStepCheck(),
        new LearningRateCheck(), new PrintedLogCheck(), new RulesCheck(), new AnswersCheck(),
    ]);

    public IReadOnlyCollection<string> Kinds => _checks.Keys;

    public ICheck this[string kind] => _checks.TryGetValue(kind, out var check)
        ? check
        : throw new KeyNotFoundException($"Unknown check kind '{kind}' (known: {string.Join(", ", Kinds)}).");
}
