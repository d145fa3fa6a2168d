using Grading.Core.Isolation.Sandbox;
using Grading.Tests.Support;

namespace Grading.Tests.Isolation;

/// <summary>What a worker sees: the system, the runtime, the grader and the assignment; never the course folder around them.</summary>
public class SandboxViewTests
{
    [Test]
    public void For_GraderAndAssignment_ShowsTheirFoldersButNotTheRepository()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "grader.dll");
        var view = SandboxView.For("dotnet", dll, RepositoryPaths.Ps1Spec, _ => null);

        Assert.That(view.ReadOnlyFolders, Does.Contain(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)));
        Assert.That(view.ReadOnlyFolders, Does.Contain(RepositoryPaths.Assignment("ps1-autograd")));
        Assert.That(view.ReadOnlyFolders, Does.Contain("/usr"));
        Assert.That(view.ReadOnlyFolders, Does.Not.Contain(RepositoryPaths.Root).And.Not.Contain("/").And.Not.Contain("/home").And.Not.Contain("/root"));
        Assert.That(view.ReadOnlyFolders.Where(f => RepositoryPaths.Root.StartsWith(f + "/", StringComparison.Ordinal)), Is.Empty,
            "no folder in view holds the repository (reference/, tests/, other outputs)");
    }

    [Test]
    public void Arguments_AnyView_MakeRootReadOnlyAndTmpPrivate()
    {
        var args = Bubblewrap.Arguments(new SandboxView(["/usr"], [], []));

        Assert.That(args, Does.Contain("--unshare-all").And.Contain("--die-with-parent").And.Contain("--new-session"));
        Assert.That(string.Join(' ', args), Does.Contain("--tmpfs /tmp").And.Contain("--remount-ro /").And.Contain("--cap-drop ALL"));
        Assert.That(args, Does.Not.Contain("--share-net"));
        Assert.That(args[^1], Is.EqualTo("--"));
    }
}
