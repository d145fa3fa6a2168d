namespace Grading.Tests.Support;

/// <summary>Locates the repository the tests run from, so tests use the real assignment files.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grading.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Grading.sln not found above the test directory.");
    });

    public static string Root => RootPath.Value;

    public static string Assignment(string id) => Path.Combine(Root, "assignments", id);

    public static string Ps1Spec => Path.Combine(Assignment("ps1-autograd"), "assignment.yml");

    public static string AutodiffSpec => Path.Combine(Assignment("autodiff-warmup"), "assignment.yml");
}
