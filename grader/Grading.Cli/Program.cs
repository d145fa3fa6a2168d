using System.CommandLine;
using Grading.Cli.Commands;

var root = new RootCommand("grader: compiles, runs and scores course submissions.")
{
    CheckCommand.Create(),
    AssignmentsCommand.Create(),
    BenchmarkCommand.Create(),
    ReportCommand.Create(),
};
return root.Parse(args).Invoke();
