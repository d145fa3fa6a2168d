namespace Grading.Core.Isolation;

/// <summary>One read from the worker's channel: a message; or, with <see cref="Message"/> null, the end of
/// the stream (the worker closed it or died) when <see cref="Problem"/> is null, else why the line was
/// not a message (malformed, oversized, cut off).</summary>
public sealed record WorkerReceipt(WorkerMessage? Message, string? Problem)
{
    public static readonly WorkerReceipt Closed = new(null, null);
    public bool IsClosed => Message is null && Problem is null;
}
