using System.Diagnostics;
using System.IO.Pipes;
using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Isolation.Sandbox;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// One worker process, seen from the grader: started, handshaken, asked to run one section under a hard
/// deadline, and killed (with everything it started) when it overruns or misbehaves. Its raw stdout and
/// stderr are kept, bounded, for diagnosis. Nothing it sends is trusted: an answer counts only if it is a
/// well-formed, bounded message for the call the grader made.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    /// <summary>The longest protocol line accepted from a worker. The worker bounds what it sends far below
    /// this; a longer line means something else wrote to the channel.</summary>
    public const int MaxMessageBytes = 32 * 1024 * 1024;

    private readonly Process _process;
    private readonly WorkerChannel _channel;
    private readonly BoundedTextWriter _stdout = new(64 * 1024);
    private readonly BoundedTextWriter _stderr = new(64 * 1024);
    private readonly Task _drain;

    private WorkerProcess(Process process, WorkerChannel channel)
    {
        _process = process;
        _channel = channel;
        // Drain both streams all the time: a full pipe would block the worker, and a flood costs only the bound.
        _drain = Task.WhenAll(Pump(process.StandardOutput, _stdout), Pump(process.StandardError, _stderr));
    }

    public string RawStderr => _stderr.ToCapturedOutput().Text;

    /// <summary>Starts a worker and waits for it to load the assignment (not yet a submission).</summary>
    /// <param name="limits">Control groups the worker starts in; without them, <paramref name="memoryBytes"/>
    /// caps the .NET heap only.</param>
    public static WorkerProcess Start(WorkerLaunch launch, string specPath, GradingOptions options, TimeSpan startupLimit,
        CgroupLimits? limits, long memoryBytes)
    {
        var environment = WorkerEnvironment.For(options.WorkerThreads, limits is null ? memoryBytes : null, launch.View.NuGetPackages);
        var (process, requests, responses) = ProcessLauncher.Run(() =>
        {
            var requests = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
            var responses = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
            var start = launch.StartInfo(["worker", "--spec", Path.GetFullPath(specPath), "--device", options.Device,
                "--time-limit-factor", options.TimeLimitFactor.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--request-pipe", requests.GetClientHandleAsString(), "--response-pipe", responses.GetClientHandleAsString(),
                "--memory-limit-bytes", memoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                environment, limits?.ProcFiles ?? []);
            try
            {
                var started = Process.Start(start) ?? throw new InvalidOperationException("no process");
                requests.DisposeLocalCopyOfClientHandle();
                responses.DisposeLocalCopyOfClientHandle();
                return (started, requests, responses);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                requests.Dispose();
                responses.Dispose();
                throw new GradingException($"The grading worker process could not be started: {e.Message}", e);
            }
        });
        if (launch.Sandbox.Available) process.StandardInput.BaseStream.Write(Bubblewrap.StandardInput);
        process.StandardInput.Close();
        var worker = new WorkerProcess(process, new WorkerChannel(responses, requests));
        var (_, ready) = worker.Receive(startupLimit);
        if (ready.Message is not { Type: WorkerMessage.Ready })
        {
            string why = ready.Message?.Error ?? ready.Problem
                ?? $"it stopped before it was ready (exit code {(process.WaitForExit(2000) ? process.ExitCode : -1)}): {worker.RawStderr.Trim()}";
            worker.Kill();
            worker.Dispose();
            throw new GradingException($"The grading worker could not start: {why}");
        }
        return worker;
    }

    /// <summary>
    /// Runs one section. The worker announces each call into the submission with its limit; a call
    /// that overruns its limit by more than <paramref name="grace"/> (the worker is wedged, e.g. a
    /// spinning thread blocks garbage collection) ends with Overran, and the caller kills the worker.
    /// </summary>
    public WorkerAnswer Run(SectionSpec section, byte[] image, byte[]? symbols, int variantSeed, TimeSpan firstAnswer, TimeSpan grace)
    {
        string callId = Guid.NewGuid().ToString("N");
        try
        {
            _channel.Send(new WorkerMessage
            {
                Type = WorkerMessage.RunRequest, Section = section.Id, Image = image, Symbols = symbols, CallId = callId, VariantSeed = variantSeed,
            });
        }
        catch (IOException)
        {
            return new WorkerAnswer(null, Overran: false);
        }
        var deadline = firstAnswer;
        while (true)
        {
            var (timedOut, receipt) = Receive(deadline);
            if (timedOut) return new WorkerAnswer(null, Overran: true);
            if (receipt.IsClosed) return new WorkerAnswer(null, Overran: false); // end of stream: the worker died
            if (receipt.Problem is { } problem) return new WorkerAnswer(null, false, problem);
            var message = receipt.Message!;
            if (message.CallId != callId) return new WorkerAnswer(null, false, $"a '{message.Type}' message that does not belong to this call");
            switch (message)
            {
                case { Type: WorkerMessage.Call, LimitSeconds: { } seconds } when double.IsFinite(seconds) && seconds >= 0:
                    deadline = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)) + grace;
                    continue;
                case { Type: WorkerMessage.SectionDone, Run: { } run } when message.Section == section.Id && run.SectionId == section.Id:
                    return new WorkerAnswer(run with { Output = message.Output ?? CapturedOutput.Empty }, Overran: false);
                default:
                    return new WorkerAnswer(null, false, $"a '{message.Type}' message where an answer for {section.Id} was due");
            }
        }
    }

    /// <summary>Exit code once it has exited (after <see cref="Kill"/> or by itself).</summary>
    public int ExitCode()
    {
        _process.WaitForExit();
        _drain.Wait(TimeSpan.FromSeconds(2));
        return _process.ExitCode;
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it exited between the check and the kill
        }
    }

    /// <summary>The next message within <paramref name="limit"/>.</summary>
    private (bool TimedOut, WorkerReceipt Receipt) Receive(TimeSpan limit)
    {
        var receive = Task.Run(() => _channel.Receive(MaxMessageBytes));
        return receive.Wait(limit) ? (false, receive.Result) : (true, WorkerReceipt.Closed);
    }

    private static async Task Pump(StreamReader from, TextWriter to)
    {
        var buffer = new char[8192];
        int read;
        while ((read = await from.ReadAsync(buffer.AsMemory())) > 0) to.Write(buffer, 0, read);
    }

    private bool _disposed;

    /// <summary>Asks a worker that ran nothing to leave; ends any other at once, and waits until it is gone.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            try
            {
                _channel.Send(new WorkerMessage { Type = WorkerMessage.Exit });
            }
            catch (IOException)
            {
                // it died while we asked it to leave
            }
            if (!_process.WaitForExit(2000)) Kill();
            _process.WaitForExit(5000);
        }
        _channel.Dispose();
        _process.Dispose();
    }
}
