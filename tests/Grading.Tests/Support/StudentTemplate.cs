namespace Grading.Tests.Support;

/// <summary>A student template (<c>student-template/&lt;id&gt;</c>): what a student's repository starts from, the
/// contracts package its project references, and the instructor's reference for the same assignment.</summary>
public sealed record StudentTemplate(string AssignmentId, string ProjectFile, string ContractsPackage)
{
    public static readonly StudentTemplate Ps1 = new("ps1-autograd", "Ps1Submission.csproj", "Ps1Autograd.Contracts");

    public static readonly StudentTemplate Autodiff = new("autodiff-warmup", "AutodiffSubmission.csproj", "AutodiffWarmup.Contracts");

    /// <summary>Every template, for test cases that must hold for each.</summary>
    public static IEnumerable<StudentTemplate> All => [Ps1, Autodiff];

    public string Folder => Path.Combine(RepositoryPaths.Root, "student-template", AssignmentId);

    public string Reference => Path.Combine(RepositoryPaths.Root, "reference", AssignmentId);

    public string Workflow => Path.Combine(Folder, ".github", "workflows", "grade.yml");

    /// <summary>The assignment id: what NUnit shows as the test case's argument.</summary>
    public override string ToString() => AssignmentId;
}
