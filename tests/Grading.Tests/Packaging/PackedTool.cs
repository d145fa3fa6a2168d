using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>
/// The grader tool and the contracts, packed once per test run (from this build's output, so it costs
/// seconds) into a local folder feed, and student repositories made from the templates that point at it.
/// Everything restored goes to a package folder of its own (NUGET_PACKAGES), so a version packed by an
/// earlier run can never be the one tested (nor one the tool resolver cache remembers); packages the machine already has (MathNet, TorchSharp,
/// libtorch) are read from its own folder as a fallback, without copying.
/// </summary>
internal sealed class PackedTool : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly TempFolder _root = new("grader-tool-");

    private PackedTool()
    {
        Directory.CreateDirectory(Feed);
        string configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var clock = Stopwatch.StartNew();
        // The solution packs exactly what is packable (the tool and the contracts), in one MSBuild run, as the README says.
        var pack = CommandRunner.Run(RepositoryPaths.Root, Environment, Timeout, "dotnet", "pack", "Grading.sln", "-c", configuration, "--no-build", "-o", Feed);
        Assert.That(pack.ExitCode, Is.EqualTo(0), $"dotnet pack Grading.sln\n{pack}");
        PackTime = clock.Elapsed;
        TestContext.Progress.WriteLine($"Packed the grader tool and contracts in {PackTime.TotalSeconds:0.0} s ({new FileInfo(ToolPackage).Length / 1e6:0.0} MB tool package).");
    }

    public static PackedTool Create() => new();

    public string Root => _root.Path;

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    public TimeSpan PackTime { get; }

    public string ToolPackage => Path.Combine(Feed, $"Grading.Tool.{Version}.nupkg");

    /// <summary>The version every package gets (Directory.Build.props).</summary>
    public static string Version => XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    /// <summary>Where the machine keeps restored packages: the fallback for the repositories made here.</summary>
    public static string MachinePackages => System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
        ? configured
        : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        // DOTNET_CLI_HOME too: `dotnet tool restore` trusts its resolver cache (~/.dotnet/toolResolverCache), which
        // could name a grader restored elsewhere earlier with the same version.
        ["NUGET_PACKAGES"] = Packages, ["DOTNET_CLI_HOME"] = Path.Combine(Root, "cli-home"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1", ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>Every package in the feed: the tool and each contracts package.</summary>
    public IReadOnlyList<string> PackedFiles => Directory.GetFiles(Feed, "*.nupkg").Order(StringComparer.Ordinal).ToList();

    /// <summary>A copy of <paramref name="template"/> as a student's repository, its nuget.config's course feed
    /// pointed at this feed (unless <paramref name="keepFeed"/>), the machine's packages as a fallback.</summary>
    public string NewRepository(string name, StudentTemplate template, bool keepFeed = false)
    {
        string repository = Path.Combine(Root, name);
        CopyFolder(template.Folder, repository);
        string config = Path.Combine(repository, "nuget.config");
        var document = XDocument.Load(config);
        if (!keepFeed) document.Descendants("add").Single(a => a.Attribute("key")?.Value == "course").SetAttributeValue("value", Feed);
        document.Root!.Add(new XElement("fallbackPackageFolders", new XElement("add", new XAttribute("key", "machine"), new XAttribute("value", MachinePackages))));
        document.Save(config);
        return repository;
    }

    public CommandRunner.Outcome Run(string workingDirectory, string file, params string[] args) =>
        CommandRunner.Run(workingDirectory, Environment, Timeout, file, args);

    /// <summary>Runs a command line of plain words (no quoting), as a README gives it.</summary>
    public CommandRunner.Outcome RunLine(string workingDirectory, string line)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Run(workingDirectory, words[0], words[1..]);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    public void Dispose() => _root.Dispose();
}
