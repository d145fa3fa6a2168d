using System.CommandLine;
using Grading.Cli;
using Grading.Cli.Commands;

var root = new RootCommand("grader: compiles, runs and scores course submissions.")
{
    CheckCommand.Create(),
    AssignmentsCommand.Create(),
    BenchmarkCommand.Create(),
    BenchmarkBulkCommand.Create(),
    ReportCommand.Create(),
    WorkerCommand.Create(),
    BulkCommand.Create(),
    MergeCommand.Create(),
    RescoreCommand.Create(),
    CalibrateCommand.Create(),
    AuditCommand.Create(),
};
var parsed = root.Parse(args);
int exitCode = parsed.Invoke();
// System.CommandLine exits 1 on a parse error (unknown option, --device tpu); bad arguments are the
// user's to fix, which ExitCodes promises as 2, while 1 means a bug in the grader.
return parsed.Errors.Count > 0 ? ExitCodes.CannotGrade : exitCode;
