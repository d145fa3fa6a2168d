using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Compiling;
using Grading.Core.Data;
using Grading.Core.Grading;

namespace Grading.Cli.Commands;

/// <summary>Maps failures to a message and an exit code: the user's problems get a sentence, not a stack trace.</summary>
internal static class CommandGuard
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is GradingException or SubmissionException or DataException or AssignmentSpecException or BulkInputException)
        {
            Console.Error.WriteLine($"grader: {e.Message}");
            return ExitCodes.CannotGrade;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"grader: internal error, please report it with this text:\n{e}");
            return ExitCodes.InternalError;
        }
    }
}
