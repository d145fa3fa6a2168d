using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// One line of the worker protocol (JSON, one message per line). The worker says <c>ready</c> once it
/// has loaded the assignment (data, reference, libtorch), before any submission exists: a spare worker
/// can start while the grader still compiles. The parent then sends <c>run</c> (a section, and the
/// submission's compiled image, loaded on the first run) and <c>exit</c>; the worker announces each
/// <c>call</c> into the submission and answers <c>section</c> after each run. It travels over dedicated pipes, never stdout, so nothing a
/// submission prints can pass for a message.
/// </summary>
public sealed record WorkerMessage
{
    public required string Type { get; init; }
    /// <summary><c>run</c>, <c>section</c>: the section's id.</summary>
    public string? Section { get; init; }
    /// <summary><c>run</c>: the path of the submission's compiled image; a worker serves one submission only.</summary>
    public string? Image { get; init; }
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
