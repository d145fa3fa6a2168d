using System.Diagnostics;
using Grading.Core.Running.Memory;

namespace Grading.Core.Running;

/// <summary>
/// Calls student code on its own thread with a time limit, capturing what it prints (see
/// <see cref="ConsoleRouter"/>), timing it and turning whatever it throws into a verdict a student can read. In-process: a call that runs past
/// its limit is abandoned, not killed (process isolation is the worker's job).
/// </summary>
/// <param name="callStarting">Told the limit of every call just before it starts: a worker process
/// reports it to the grader, which enforces the limit from outside.</param>
/// <param name="memoryLimitBytes">The memory the section may use, in a worker process that holds nothing else: a call then
/// runs under an allocation ceiling (<see cref="AllocationCeiling"/>) and with unreachable memory collected before the limit
/// (<see cref="UnreachableMemoryCollector"/>). Null in-process, where other calls share the process.</param>
/// <param name="collectionPoint">Where on the call's thread that collection may run (TorchSharp's tensor creation).</param>
public sealed class GuardedInvoker(GradingOptions options, Action<string, TimeSpan>? callStarting = null, long? memoryLimitBytes = null,
    ISafeCollectionPoint? collectionPoint = null)
{
    private int _memoryCollections;
    private long _memoryFreedBytes;

    /// <summary>How many times, over every call so far, memory the submission left to the garbage collector was collected
    /// to keep it under its limit, and about how much that freed.</summary>
    public (int Collections, long FreedBytes) MemoryCollected => (_memoryCollections, Interlocked.Read(ref _memoryFreedBytes));

    // Student code recursing deeply should fail with its own exception, not take the grader down early.
    private const int StackBytes = 16 * 1024 * 1024;

    public GuardedCall<T> Invoke<T>(Func<T> call, TimeSpan limit, string what)
    {
        limit = TimeSpan.FromSeconds(limit.TotalSeconds * options.TimeLimitFactor);
        var output = new BoundedTextWriter(options.OutputLimitChars);
        T? value = default;
        Exception? thrown = null;
        var clock = new Stopwatch();
        var collector = memoryLimitBytes is { } watched && collectionPoint is not null ? UnreachableMemoryCollector.Start(watched) : null;
        var worker = new Thread(() =>
        {
            ConsoleRouter.CaptureCurrentThread(output);
            if (collector is not null)
            {
                collectionPoint!.Install(collector.AtSafePoint);
                collector.HoldFinalizers();
            }
            clock.Start();
            try { value = call(); }
            catch (Exception e) { thrown = e; }
            finally
            {
                clock.Stop();
                collector?.ReleaseFinalizers();
            }
        }, StackBytes) { IsBackground = true, Name = $"grading {what}" };

        callStarting?.Invoke(what, limit);
        bool finished;
        using (var ceiling = memoryLimitBytes is { } bytes ? AllocationCeiling.Apply(bytes) : null)
        {
            worker.Start();
            finished = worker.Join(limit);
            if (collector is not null)
            {
                collector.Dispose();
                Interlocked.Add(ref _memoryCollections, collector.Collections);
                Interlocked.Add(ref _memoryFreedBytes, collector.FreedBytes);
            }
        }
        double ms = finished ? clock.Elapsed.TotalMilliseconds : limit.TotalMilliseconds;
        var captured = output.ToCapturedOutput();
        if (!finished)
            return new(default, RunOutcome.TimedOut, $"{what} was stopped after {limit.TotalSeconds:0.#} s (time limit).", ms, captured);
        if (thrown is null) return new(value, RunOutcome.Completed, null, ms, captured);
        return Classify<T>(thrown, what, ms, captured);
    }

    private GuardedCall<T> Classify<T>(Exception thrown, string what, double ms, CapturedOutput captured)
    {
        if (thrown is System.Reflection.TargetInvocationException { InnerException: { } inner }) thrown = inner;
        if (OutOfMemoryMessage.Describe(thrown, what, memoryLimitBytes) is { } memory) return new(default, RunOutcome.Threw, memory, ms, captured);
        if (thrown is NotImplementedException)
            return new(default, RunOutcome.NotImplemented, $"{what} is not implemented yet (it throws NotImplementedException).", ms, captured);
        return new(default, RunOutcome.Threw, $"{what} threw {thrown.GetType().Name}: {MessageOf(thrown)}{StudentFrame.Of(thrown)?.Suffix}", ms, captured);
    }

    /// <summary>An exception's message; a student's exception type can make reading it throw in turn.</summary>
    private static string MessageOf(Exception thrown)
    {
        try
        {
            return NativeErrorText.Sentence(thrown.Message);
        }
        catch (Exception e)
        {
            return $"(its message could not be read: reading it threw {e.GetType().Name})";
        }
    }
}
