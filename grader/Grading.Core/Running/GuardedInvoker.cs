using System.Diagnostics;

namespace Grading.Core.Running;

/// <summary>
/// Calls student code on its own thread with a time limit, capturing what it prints (see
/// <see cref="ConsoleRouter"/>), timing it and turning whatever it throws into a verdict a student can read. In-process: a call that runs past
/// its limit is abandoned, not killed (process isolation is the worker's job).
/// </summary>
/// <param name="callStarting">Told the limit of every call just before it starts: a worker process
/// reports it to the grader, which enforces the limit from outside.</param>
public sealed class GuardedInvoker(GradingOptions options, Action<string, TimeSpan>? callStarting = null)
{
    // Student code recursing deeply should fail with its own exception, not take the grader down early.
    private const int StackBytes = 16 * 1024 * 1024;

    public GuardedCall<T> Invoke<T>(Func<T> call, TimeSpan limit, string what)
    {
        limit = TimeSpan.FromSeconds(limit.TotalSeconds * options.TimeLimitFactor);
        var output = new BoundedTextWriter(options.OutputLimitChars);
        T? value = default;
        Exception? thrown = null;
        var clock = new Stopwatch();
        var worker = new Thread(() =>
        {
            ConsoleRouter.CaptureCurrentThread(output);
            clock.Start();
            try { value = call(); }
            catch (Exception e) { thrown = e; }
            finally { clock.Stop(); }
        }, StackBytes) { IsBackground = true, Name = $"grading {what}" };

        callStarting?.Invoke(what, limit);
        worker.Start();
        bool finished = worker.Join(limit);
        double ms = finished ? clock.Elapsed.TotalMilliseconds : limit.TotalMilliseconds;
        var captured = output.ToCapturedOutput();
        if (!finished)
            return new(default, RunOutcome.TimedOut, $"{what} was stopped after {limit.TotalSeconds:0.#} s (time limit).", ms, captured);
        if (thrown is null) return new(value, RunOutcome.Completed, null, ms, captured);
        return Classify<T>(thrown, what, ms, captured);
    }

    private static GuardedCall<T> Classify<T>(Exception thrown, string what, double ms, CapturedOutput captured)
    {
        if (thrown is System.Reflection.TargetInvocationException { InnerException: { } inner }) thrown = inner;
        if (thrown is OutOfMemoryException)
            return new(default, RunOutcome.Threw, $"{what} ran out of memory (OutOfMemoryException): it exceeded the section's memory limit.", ms, captured);
        if (thrown is NotImplementedException)
            return new(default, RunOutcome.NotImplemented, $"{what} is not implemented yet (it throws NotImplementedException).", ms, captured);
        return new(default, RunOutcome.Threw, $"{what} threw {thrown.GetType().Name}: {MessageOf(thrown)}{StudentFrame(thrown)}", ms, captured);
    }

    /// <summary>An exception's message; a student's exception type can make reading it throw in turn.</summary>
    private static string MessageOf(Exception thrown)
    {
        try
        {
            return thrown.Message;
        }
        catch (Exception e)
        {
            return $"(its message could not be read: reading it threw {e.GetType().Name})";
        }
    }

    /// <summary>The first frame in the submission: its sources are compiled under their relative names,
    /// while the grader's own PDBs carry absolute paths.</summary>
    private static string StudentFrame(Exception e)
    {
        try
        {
            return FirstStudentFrame(e);
        }
        catch (Exception)
        {
            return ""; // a hostile StackTrace override: no frame rather than no grader
        }
    }

    private static string FirstStudentFrame(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && frame.GetMethod() is { } method && !Path.IsPathRooted(file))
                return $" (in {method.DeclaringType?.Name}.{method.Name}, {file} line {frame.GetFileLineNumber()})";
        }
        return "";
    }
}
