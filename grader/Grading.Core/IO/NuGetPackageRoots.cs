namespace Grading.Core.IO;

/// <summary>
/// The NuGet package folders a grader looks in for packages it does not carry (libtorch, for the packed
/// .NET tool): NUGET_PACKAGES when set, the package folder the grader itself was installed into (a .NET
/// tool lives at &lt;root&gt;/&lt;id&gt;/&lt;version&gt;/tools/&lt;tfm&gt;/any/), and the default ~/.nuget/packages.
/// </summary>
public static class NuGetPackageRoots
{
    /// <summary>The roots, in the order they are searched; the installed root only where it holds <paramref name="packageId"/>.</summary>
    public static IReadOnlyList<string> For(string packageId, Func<string, string?>? readEnvironment = null)
    {
        readEnvironment ??= Environment.GetEnvironmentVariable;
        var roots = new List<string>();
        if (readEnvironment("NUGET_PACKAGES") is { Length: > 0 } configured) roots.Add(configured);
        if (new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Parent?.Parent?.Parent is { } installedRoot
            && Directory.Exists(Path.Combine(installedRoot.FullName, packageId)))
            roots.Add(installedRoot.FullName);
        roots.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
        return roots.Distinct().ToList();
    }
}
