using System.Text;

namespace Grading.Tests.Isolation;

/// <summary>
/// The files outside the sandbox that the bypass fixtures aim at. A fixture cannot know the test's home
/// folder, so it tries the grading accounts' usual homes (<see cref="FixtureHomes"/>): a secret it tries to
/// read (<c>grading-secrets/secret.txt</c>, holding a random marker) and a file it tries to write
/// (<c>grading-escape-&lt;fixture&gt;.txt</c>). The secret is put only in this machine's home; escape files
/// are looked for in every home that exists, and removed if one wrongly appears, so the machine stays clean.
/// </summary>
internal sealed class EscapeCanaries : IDisposable
{
    /// <summary>The homes every bypass fixture tries (it sees HOME=/tmp inside the sandbox).</summary>
    public static readonly string[] FixtureHomes = ["/root", "/home/runner"];

    private readonly string _secretFolder;

    public EscapeCanaries()
    {
        Home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        _secretFolder = Path.Combine(Home, "grading-secrets");
        Secret = "grading-secret-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(_secretFolder);
        File.WriteAllText(Path.Combine(_secretFolder, "secret.txt"), Secret, Encoding.ASCII);
    }

    /// <summary>This machine's home: where the secret is.</summary>
    public string Home { get; }

    /// <summary>The secret's text: it must appear in no result.</summary>
    public string Secret { get; }

    /// <summary>Whether the fixtures aim at this machine's home (root here, the runner in CI): only then does
    /// a fixture's report name the real canaries.</summary>
    public bool FixturesAimHere => FixtureHomes.Contains(Path.TrimEndingDirectorySeparator(Home), StringComparer.Ordinal);

    /// <summary>Removes, and returns, every escape file of <paramref name="fixture"/> that exists outside the
    /// sandbox (none should).</summary>
    public IReadOnlyList<string> RemoveEscaped(string fixture)
    {
        var found = FixtureHomes.Append(Home).Distinct(StringComparer.Ordinal)
            .Select(home => Path.Combine(home, $"grading-escape-{fixture}.txt"))
            .Where(File.Exists)
            .ToList();
        foreach (string file in found) File.Delete(file);
        return found;
    }

    public void Dispose()
    {
        if (Directory.Exists(_secretFolder)) Directory.Delete(_secretFolder, recursive: true);
    }
}
