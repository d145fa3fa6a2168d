using System.CommandLine;
using Grading.Core.Isolation;

namespace Grading.Cli.Commands;

/// <summary><c>grader worker</c>: the child process that runs a submission's sections (started by the
/// grader itself with --isolation process; not for people to call).</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var spec = new Option<string>("--spec") { Required = true };
        var device = new Option<string>("--device") { DefaultValueFactory = _ => "auto" };
        var timeFactor = new Option<double>("--time-limit-factor") { DefaultValueFactory = _ => 1.0 };
        var requests = new Option<string>("--request-pipe") { Required = true };
        var responses = new Option<string>("--response-pipe") { Required = true };
        var memory = new Option<long?>("--memory-limit-bytes");
        var command = new Command("worker", "Runs a submission's sections for the grader (internal).") { spec, device, timeFactor, requests, responses, memory };
        command.Hidden = true;
        command.SetAction(parsed => WorkerHost.Run(new WorkerArguments(
            parsed.GetValue(spec)!, parsed.GetValue(device)!, parsed.GetValue(timeFactor),
            parsed.GetValue(requests)!, parsed.GetValue(responses)!, parsed.GetValue(memory))));
        return command;
    }
}
