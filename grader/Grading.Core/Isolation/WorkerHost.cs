using System.IO.Pipes;
using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Running;
using Grading.Core.Running.Memory;

namespace Grading.Core.Isolation;

/// <summary>
/// The child side of isolation: loads the assignment, says it is ready, then runs one section per
/// request (loading the compiled submission the first request names) and answers on the response pipe. Whatever the submission does to this
/// process (exit, crash, hang, memory) costs only the section it was running.
/// </summary>
public static class WorkerHost
{
    public static int Run(WorkerArguments args)
    {
        NativeHeap.FixThresholds(); // this process holds one section's code: its heap is the student's
        MathNetThreads.UseOne();
        using var requests = new AnonymousPipeClientStream(PipeDirection.In, args.RequestPipe);
        using var responses = new AnonymousPipeClientStream(PipeDirection.Out, args.ResponsePipe);
        using var channel = new WorkerChannel(requests, responses);
        Prepared prepared;
        string? currentCall = null;
        try
        {
            prepared = Prepare(args, (what, limit) =>
                channel.Send(new WorkerMessage { Type = WorkerMessage.Call, Section = what, LimitSeconds = limit.TotalSeconds, CallId = currentCall }));
        }
        catch (Exception e) when (e is GradingException or Data.DataException or AssignmentSpecException)
        {
            channel.Send(new WorkerMessage { Type = WorkerMessage.Failed, Error = e.Message });
            return 2;
        }
        using (prepared.Session)
        {
            channel.Send(new WorkerMessage
            {
                Type = WorkerMessage.Ready, Device = prepared.Session.Device, DeviceNote = prepared.Session.DeviceNote,
                LibTorchVersion = prepared.Session.LibTorchVersion,
            });
            // One section per worker, ever: no static field, thread or timer of one section's code survives into
            // another's, and a worker that ran one student's code never sees another's.
            var request = channel.Receive(int.MaxValue).Message;
            if (request is not { Type: WorkerMessage.RunRequest, Section: { } id, Image: { } image, CallId: { } callId }) return 0;
            using var assembly = new SubmissionAssembly(image, request.Symbols, "submission");
            var section = prepared.Spec.Sections.Single(s => s.Id == id);
            currentCall = callId;
            var run = prepared.Executor.Run(section, assembly, request.VariantSeed ?? 0);
            channel.Send(new WorkerMessage { Type = WorkerMessage.SectionDone, Section = id, Run = run, Output = run.Output, CallId = callId });
        }
        return 0;
    }

    private sealed record Prepared(AssignmentSpec Spec, IAssignmentSession Session, SectionExecutor Executor);

    private static Prepared Prepare(WorkerArguments args, Action<string, TimeSpan> callStarting)
    {
        var (spec, harness, _) = AssignmentLoader.Load(args.SpecPath);
        var options = new GradingOptions { Device = args.Device, TimeLimitFactor = args.TimeLimitFactor };
        var session = harness.Open(spec, options);
        return new Prepared(spec, session, new SectionExecutor(spec, harness, session, new GuardedInvoker(options, callStarting, args.MemoryLimitBytes, session.CollectionPoint)));
    }
}
