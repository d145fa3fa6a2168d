using System.CommandLine;
using Grading.Core.Assignments;
using Grading.Core.Grading;

namespace Grading.Cli.Commands;

/// <summary><c>grader assignments</c>: lists the assignments installed beside the grader.</summary>
internal static class AssignmentsCommand
{
    public static Command Create()
    {
        var command = new Command("assignments", "List the assignments this grader can grade.");
        command.SetAction(_ =>
        {
            var catalog = AssignmentCatalog.BesideGrader();
            foreach (string id in catalog.Ids)
            {
                var spec = AssignmentLoader.Load(catalog.SpecPath(id)).Spec;
                Console.WriteLine($"{id,-20} {spec.MaxScore,5:0.##} pts  {spec.Sections.Count} sections  {spec.Title}");
            }
            return ExitCodes.Graded;
        });
        return command;
    }
}
