using System.CommandLine;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary>The <c>--isolation</c> option that check and benchmark share.</summary>
internal static class IsolationOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--isolation")
        {
            Description = "Where submission code runs: process (worker processes the grader can kill, the default) or none (the grader's own process: faster, unsafe).",
            DefaultValueFactory = _ => "process",
        };
        option.AcceptOnlyFromAmong("none", "process");
        return option;
    }

    public static IsolationMode ToMode(string value) => value == "none" ? IsolationMode.InProcess : IsolationMode.Process;
}
