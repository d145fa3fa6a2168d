namespace Grading.Core.Assignments;

/// <summary>One graded section: what runs it, its budget, its checks and its rules.</summary>
public sealed class SectionSpec
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required double Points { get; init; }
    /// <summary>Key of the harness's driver that runs this section (e.g. <c>closed-form</c>).</summary>
    public required string Driver { get; init; }
    /// <summary>The contract interface the submission implements for this section (full name).</summary>
    public required string Contract { get; init; }
    /// <summary>Wall-clock limit for the section's run, in seconds.</summary>
    public double TimeLimitSeconds { get; init; } = 60;
    /// <summary>Memory the worker process may use while this section runs (managed and native together), in MB.</summary>
    public double MemoryLimitMegabytes { get; init; } = DefaultMemoryLimitMegabytes;
    public const double DefaultMemoryLimitMegabytes = 1024;
    /// <summary>Whether the section runs on the tensor device (CPU or CUDA).</summary>
    public bool UsesTensors { get; init; }
    public required IReadOnlyList<CheckSpec> Checks { get; init; }
    public IReadOnlyList<RuleSpec> Rules { get; init; } = [];
    /// <summary>Free-text questions (sections graded by a TA).</summary>
    public IReadOnlyList<QuestionSpec> Questions { get; init; } = [];
    /// <summary>Line of the section in the YAML file (0 when built in code), for later error messages.</summary>
    public int SourceLine { get; init; }
}
