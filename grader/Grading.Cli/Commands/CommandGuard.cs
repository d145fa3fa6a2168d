using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Compiling;
using Grading.Core.Data;
using Grading.Core.Exporting.Text;
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
        catch (Exception e) when (CannotGrade(e))
        {
            // Messages name student files, folders and ids: none may reach the terminal raw.
            Console.Error.WriteLine($"grader: {TerminalText.Lines(e.Message)}");
            return ExitCodes.CannotGrade;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"grader: internal error, please report it with this text:\n{TerminalText.Lines(e.ToString())}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The user's problems (exit 2), as opposed to the grader's bugs (exit 1).</summary>
    public static bool CannotGrade(Exception e) =>
        e is GradingException or SubmissionException or DataException or AssignmentSpecException or BulkInputException;
}
