using Grading.Core.Isolation.Sandbox;

namespace Grading.Tests.Isolation;

/// <summary>A worker's environment is an allow-list: the grader's secrets never reach student code.</summary>
public class WorkerEnvironmentTests
{
    private static readonly Dictionary<string, string> Grader = new()
    {
        ["GITHUB_TOKEN"] = "ghp_secret", ["AWS_SECRET_ACCESS_KEY"] = "aws", ["LANG"] = "de_DE.UTF-8", ["HOME"] = "/home/ta",
        ["PATH"] = "/home/ta/bin:/usr/bin", ["CUDA_VISIBLE_DEVICES"] = "0", ["LD_PRELOAD"] = "/home/ta/evil.so",
    };

    [Test]
    public void For_GradersEnvironment_PassesOnlyTheAllowList()
    {
        var environment = WorkerEnvironment.For(threads: null, heapLimitBytes: null, read: name => Grader.GetValueOrDefault(name));

        Assert.That(environment.Keys, Does.Not.Contain("GITHUB_TOKEN").And.Not.Contain("AWS_SECRET_ACCESS_KEY").And.Not.Contain("LD_PRELOAD"));
        Assert.That(environment["LANG"], Is.EqualTo("de_DE.UTF-8"));
        Assert.That(environment["CUDA_VISIBLE_DEVICES"], Is.EqualTo("0"));
        Assert.That(environment["HOME"], Is.EqualTo("/tmp"), "not the grader's home");
        Assert.That(environment["PATH"], Is.EqualTo("/usr/bin:/bin"));
        Assert.That(environment["DOTNET_EnableDiagnostics"], Is.EqualTo("0"), "no debugger or diagnostics socket to talk to");
    }

    [Test]
    public void For_ThreadsHeapAndPackages_AreSetFromTheGradersChoices()
    {
        var environment = WorkerEnvironment.For(threads: 2, heapLimitBytes: 0x4000_0000, nuGetPackages: "/opt/packages", read: _ => null);

        Assert.That(environment["OMP_NUM_THREADS"], Is.EqualTo("2"));
        Assert.That(environment["DOTNET_PROCESSOR_COUNT"], Is.EqualTo("2"));
        Assert.That(environment["DOTNET_GCHeapHardLimit"], Is.EqualTo("40000000"));
        Assert.That(environment["NUGET_PACKAGES"], Is.EqualTo("/opt/packages"));
    }
}
