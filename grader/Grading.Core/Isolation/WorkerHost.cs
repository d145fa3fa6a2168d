using System.IO.Pipes;
using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Running;

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
        using var requests = new AnonymousPipeClientStream(PipeDirection.In, args.RequestPipe);
        using var responses = new AnonymousPipeClientStream(PipeDirection.Out, args.ResponsePipe);
        using var channel = new WorkerChannel(requests, responses);
        Prepared prepared;
        try
        {
            prepared = Prepare(args, (what, limit) => channel.Send(new WorkerMessage { Type = WorkerMessage.Call, Section = what, LimitSeconds = limit.TotalSeconds }));
        }
        catch (Exception e) when (e is GradingException or Data.DataException or AssignmentSpecException)
        {
            channel.Send(new WorkerMessage { Type = WorkerMessage.Failed, Error = e.Message });
            return 2;
        }
        SubmissionAssembly? assembly = null;
        using (prepared.Session)
        try
        {
            channel.Send(new WorkerMessage
            {
                Type = WorkerMessage.Ready, Device = prepared.Session.Device, DeviceNote = prepared.Session.DeviceNote,
                LibTorchVersion = prepared.Session.LibTorchVersion,
            });
            while (channel.Receive() is { Type: WorkerMessage.RunRequest, Section: { } id, Image: { } image })
            {
                // One submission per worker, ever: a worker that ran one student's code never sees another's.
                assembly ??= Load(image);
                var section = prepared.Spec.Sections.Single(s => s.Id == id);
                var run = prepared.Executor.Run(section, assembly);
                channel.Send(new WorkerMessage { Type = WorkerMessage.SectionDone, Section = id, Run = run, Output = run.Output });
            }
        }
        finally
        {
            assembly?.Dispose();
        }
        return 0;
    }

    private sealed record Prepared(AssignmentSpec Spec, IAssignmentSession Session, SectionExecutor Executor);

    private static SubmissionAssembly Load(string image)
    {
        string symbols = Path.ChangeExtension(image, ".pdb");
        return new SubmissionAssembly(File.ReadAllBytes(image), File.Exists(symbols) ? File.ReadAllBytes(symbols) : null, "submission");
    }

    private static Prepared Prepare(WorkerArguments args, Action<string, TimeSpan> callStarting)
    {
        var (spec, harness, _) = AssignmentLoader.Load(args.SpecPath);
        var options = new GradingOptions { Device = args.Device, TimeLimitFactor = args.TimeLimitFactor };
        var session = harness.Open(spec, options);
        return new Prepared(spec, session, new SectionExecutor(spec, harness, session, new GuardedInvoker(options, callStarting)));
    }
}
