using System.CommandLine;

namespace Grading.Cli.Commands;

/// <summary>The <c>--scores</c> option of the commands that merge TAs' scores (bulk, rescore).</summary>
internal static class ManualScoresOption
{
    public static Option<FileInfo?> Create() =>
        new("--scores") { Description = "TAs' scores CSV: student,question,points[,comment] (question like 1.5.2)." };
}
