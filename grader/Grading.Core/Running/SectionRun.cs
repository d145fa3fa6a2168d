using System.Text.Json.Serialization;
using Grading.Core.Bounds;
using Grading.Core.Rules;

namespace Grading.Core.Running;

/// <summary>
/// Everything a section's run produced, before any judgement: the raw material that checks score.
/// It is saved in the result, so a result can be rescored without running student code again.
/// </summary>
public sealed record SectionRun
{
    public required string SectionId { get; init; }
    public RunOutcome Outcome { get; init; } = RunOutcome.Completed;
    /// <summary>Why the run did not complete, in words a student can act on.</summary>
    public string? Error { get; init; }
    public double DurationMs { get; init; }
    /// <summary>Not serialized here: the section result carries it once, as <c>output</c>.</summary>
    [JsonIgnore]
    public CapturedOutput Output { get; init; } = CapturedOutput.Empty;
    /// <summary>The device the section ran on (e.g. <c>cpu</c>), for tensor sections.</summary>
    public string? Device { get; init; }

    /// <summary>Named raw values the section produced (scalars as one-element arrays, vectors, trajectories); keys
    /// are the harness's own (e.g. <c>cubic.grad</c>, <c>training.loss_history</c>). NaN and ±∞ are kept.</summary>
    public IReadOnlyDictionary<string, double[]>? Values { get; init; }

    /// <summary>The key under which a harness records, in <see cref="Values"/>, the seed of the hidden data variant the section
    /// was also run on (docs/threat-model.md): checks rebuild the variant's reference from it, so a rescore needs no code.</summary>
    public const string VariantSeedKey = "variant.seed";

    /// <summary>The suffix of a value the section returned on the hidden variant: <c>K.variant</c> is <c>K</c> there.</summary>
    public const string VariantSuffix = ".variant";

    /// <summary>Whether a value is one the section returned on the hidden variant (<c>K.variant</c>, <c>K.variant.final</c>):
    /// the grader's check, not something the report draws.</summary>
    public static bool IsVariantValue(string key) =>
        key.EndsWith(VariantSuffix, StringComparison.Ordinal) || key.Contains(VariantSuffix + ".", StringComparison.Ordinal);

    /// <summary>The hidden variant's seed, or null when the section was not run on one.</summary>
    public int? VariantSeed => Values?.GetValueOrDefault(VariantSeedKey) is [var seed] && double.IsFinite(seed) && seed >= 0 && seed <= int.MaxValue
        ? (int)seed
        : null;

    /// <summary>The key under which a harness records, in <see cref="Values"/>, how long the section's calls on hidden data
    /// variants took in all (milliseconds): they are not in the section's own duration, and the benchmark reports them.</summary>
    public const string VariantDurationKey = "variant.duration_ms";

    /// <summary>The time the section's calls on hidden data variants took, or 0 when it recorded none.</summary>
    public double VariantDurationMs => Values?.GetValueOrDefault(VariantDurationKey) is [var ms] && double.IsFinite(ms) ? ms : 0;
    /// <summary>Named raw text the checks need besides the values (e.g. why a second run failed); keys are the harness's own.</summary>
    public IReadOnlyDictionary<string, string>? Notes { get; init; }
    /// <summary>Free-text answers, in question order.</summary>
    public IReadOnlyList<string>? Answers { get; init; }
    /// <summary>Static rule violations found in the section's code before it ran.</summary>
    public IReadOnlyList<RuleViolation> RuleViolations { get; init; } = [];
    /// <summary>Whether the rules could be checked (false when no class implements the contract).</summary>
    public bool RulesChecked { get; init; }
    /// <summary>What the grader noticed about how the section ran that costs nothing but is worth changing (e.g. tensors left to
    /// the garbage collector); the grader's words, never the submission's. Null when there is nothing to say.</summary>
    public IReadOnlyList<string>? Advice { get; init; }
    /// <summary>What was cut from the run at the grader's limits (<see cref="RunBoundary"/>), with the true sizes; null when nothing was.</summary>
    public IReadOnlyList<RunCut>? Cuts { get; init; }

    /// <summary>How many numbers the value <paramref name="key"/> really had, even when only its head was kept; 0 when absent.</summary>
    public long LengthOf(string key) =>
        Cuts?.FirstOrDefault(c => c.Field == "values" && c.Key == key)?.Length ?? Values?.GetValueOrDefault(key)?.Length ?? 0;

    /// <summary>The run record of a guarded call: its outcome, error, time and output; results are added by the caller.</summary>
    public static SectionRun From<T>(string sectionId, GuardedCall<T> call) => new()
    {
        SectionId = sectionId, Outcome = call.Outcome, Error = call.Error, DurationMs = call.DurationMs, Output = call.Output,
    };
}
