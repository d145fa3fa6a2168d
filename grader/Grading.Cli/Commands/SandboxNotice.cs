using Grading.Core.Bulk;
using Grading.Core.Isolation.Sandbox;

namespace Grading.Cli.Commands;

/// <summary>
/// What a user is told when student code cannot run in the OS sandbox. A student's own self-check may run
/// without it (it is their own code), so check only warns; a TA's bulk run holds every student's results
/// and the grader's credentials, so bulk refuses unless told in so many words.
/// </summary>
internal static class SandboxNotice
{
    public const string Install = "install bubblewrap (apt-get install bubblewrap) and allow unprivileged user namespaces";

    public static void Warn(SandboxStatus sandbox, TextWriter error)
    {
        if (sandbox.Available) return;
        error.WriteLine($"grader: warning: student code runs WITHOUT the OS sandbox ({sandbox.Why}); it can read and change the files the grader can. To sandbox it, {Install}.");
    }

    /// <exception cref="BulkInputException">No sandbox and no explicit permission.</exception>
    public static void RequireOrWarn(SandboxStatus sandbox, bool allowUnsandboxed, TextWriter error)
    {
        if (sandbox.Available) return;
        if (!allowUnsandboxed)
            throw new BulkInputException(
                $"bulk grading needs the OS sandbox, and it cannot be set up here: {sandbox.Why}. Without it one student's code could read or " +
                $"change other students' results and the grader's secrets. {char.ToUpperInvariant(Install[0])}{Install[1..]}, " +
                "or pass --allow-unsandboxed to grade anyway.");
        Warn(sandbox, error);
    }
}
