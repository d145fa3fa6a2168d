using System.Diagnostics;
using System.IO.Pipes;
using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Running;

namespace Grading.Core.Isolation;

/// <summary>
/// One worker process, seen from the grader: started, handshaken, asked to run sections one at a time
/// under a hard deadline, and killed (with everything it started) when it overruns or misbehaves.
/// Its raw stdout and stderr are kept, bounded, for diagnosis.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
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
    /// <param name="limits">Control groups to move the worker into; without them, <paramref name="memoryBytes"/>
    /// caps the .NET heap only.</param>
    public static WorkerProcess Start(WorkerLaunch launch, string specPath, GradingOptions options, TimeSpan startupLimit,
        CgroupLimits? limits, long memoryBytes)
    {
        var requests = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        var responses = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        var start = launch.StartInfo(["worker", "--spec", specPath, "--device", options.Device,
            "--time-limit-factor", options.TimeLimitFactor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--request-pipe", requests.GetClientHandleAsString(), "--response-pipe", responses.GetClientHandleAsString()]);
        if (options.WorkerThreads is { } threads)
        {
            // Read once at start-up: libtorch's intra-op pool (OpenMP), MKL, and .NET's processor count (thread pool, Parallel.For in MathNet).
            string count = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (string variable in (string[])["OMP_NUM_THREADS", "MKL_NUM_THREADS", "DOTNET_PROCESSOR_COUNT"]) start.Environment[variable] = count;
        }
        if (limits is null) start.Environment["DOTNET_GCHeapHardLimit"] = memoryBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new GradingException("The grading worker process could not be started.");
        // Moved in before it loads any student code: it first loads the assignment and waits for requests.
        limits?.Add(process.Id);
        process.StandardInput.Close();
        requests.DisposeLocalCopyOfClientHandle();
        responses.DisposeLocalCopyOfClientHandle();
        var worker = new WorkerProcess(process, new WorkerChannel(responses, requests));
        var (_, ready) = worker.Receive(startupLimit);
        if (ready is not { Type: WorkerMessage.Ready })
        {
            string why = ready?.Error ?? $"it stopped before it was ready (exit code {(process.HasExited ? process.ExitCode : -1)}): {worker.RawStderr.Trim()}";
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
    public WorkerAnswer Run(SectionSpec section, string image, TimeSpan firstAnswer, TimeSpan grace)
    {
        try
        {
            _channel.Send(new WorkerMessage { Type = WorkerMessage.RunRequest, Section = section.Id, Image = image });
        }
        catch (IOException)
        {
            return new WorkerAnswer(null, Overran: false);
        }
        var deadline = firstAnswer;
        while (true)
        {
            var (timedOut, message) = Receive(deadline);
            if (timedOut) return new WorkerAnswer(null, Overran: true);
            switch (message)
            {
                case { Type: WorkerMessage.Call, LimitSeconds: { } seconds }:
                    deadline = TimeSpan.FromSeconds(seconds) + grace;
                    continue;
                case { Type: WorkerMessage.SectionDone, Run: { } run } answer:
                    return new WorkerAnswer(run with { Output = answer.Output ?? CapturedOutput.Empty }, Overran: false);
                default:
                    return new WorkerAnswer(null, Overran: false); // end of stream: the worker died
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

    /// <summary>The next message within <paramref name="limit"/>; a null message without a timeout means the
    /// worker closed its end (it died).</summary>
    private (bool TimedOut, WorkerMessage? Message) Receive(TimeSpan limit)
    {
        var receive = Task.Run(_channel.Receive);
        return receive.Wait(limit) ? (false, receive.Result) : (true, null);
    }

    private static async Task Pump(StreamReader from, TextWriter to)
    {
        var buffer = new char[8192];
        int read;
        while ((read = await from.ReadAsync(buffer.AsMemory())) > 0) to.Write(buffer, 0, read);
    }

    private bool _disposed;

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
        }
        _channel.Dispose();
        _process.Dispose();
    }
}
