using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// One line of the worker protocol (JSON, one message per line). The worker says <c>ready</c> once it
/// has loaded the assignment (data, reference, libtorch), before any submission exists: a spare worker
/// can start while the grader still compiles. The parent then sends one <c>run</c> (a section, the
/// submission's compiled image, and a fresh call id), or <c>exit</c>; the worker announces each
/// <c>call</c> into the submission and answers <c>section</c>, both carrying the call id, then exits: a
/// worker runs one section. It travels over dedicated pipes, never stdout, so nothing a submission prints
/// can pass for a message; and since code in the worker could still reach the pipe, the grader accepts
/// only well-formed, bounded answers to the call it made (<see cref="WorkerProcess"/>).
/// </summary>
public sealed record WorkerMessage
{
    public required string Type { get; init; }
    /// <summary><c>run</c>, <c>section</c>: the section's id.</summary>
    public string? Section { get; init; }
    /// <summary><c>run</c>: the submission's compiled image, sent whole: the sandbox has no view of the grader's files.</summary>
    public byte[]? Image { get; init; }
    /// <summary><c>run</c>: the seed of the submission's hidden data variant, for the harness's drivers (never the submission's).</summary>
    public int? VariantSeed { get; init; }
    /// <summary><c>run</c>: the image's debug symbols (line numbers in stack traces), if any.</summary>
    public byte[]? Symbols { get; init; }
    /// <summary><c>run</c>, <c>call</c>, <c>section</c>: the grader's id for this run; an answer without it is not an answer.</summary>
    public string? CallId { get; init; }
    /// <summary><c>section</c>: what the run produced (its output included).</summary>
    public SectionRun? Run { get; init; }
    /// <summary><c>section</c>: the captured output, which <see cref="SectionRun"/> does not serialize.</summary>
    public CapturedOutput? Output { get; init; }
    /// <summary><c>ready</c>: where tensor sections run and what libtorch is in use.</summary>
    public string? Device { get; init; }
    public string? DeviceNote { get; init; }
    public string? LibTorchVersion { get; init; }
    /// <summary><c>failed</c>: the worker could not start (e.g. libtorch did not load).</summary>
    public string? Error { get; init; }
    /// <summary><c>call</c>: the worker is about to call into the submission, with this limit in seconds.</summary>
    public double? LimitSeconds { get; init; }

    public const string RunRequest = "run";
    public const string Exit = "exit";
    public const string Ready = "ready";
    public const string SectionDone = "section";
    public const string Failed = "failed";
    public const string Call = "call";
}
