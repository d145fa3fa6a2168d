namespace Grading.Cli;

/// <summary>Exit codes a script can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Grading ran, whatever the score.</summary>
    public const int Graded = 0;
    /// <summary>Something unexpected broke inside the grader (a bug: please report it).</summary>
    public const int InternalError = 1;
    /// <summary>Grading could not run: bad arguments, missing submission or assignment, libtorch not loadable.</summary>
    public const int CannotGrade = 2;
}
