namespace Grading.Core.Calibration;

/// <summary>The fixtures of one assignment: every sub-folder of its fixtures folder (<c>tests/fixtures/&lt;id&gt;</c>), in name order.</summary>
public static class FixtureCatalog
{
    /// <summary>The fixture folders under <paramref name="fixturesFolder"/>, whether or not their front matter reads.</summary>
    public static IReadOnlyList<string> Folders(string fixturesFolder)
    {
        if (!Directory.Exists(fixturesFolder)) throw new FixtureSpecException($"{fixturesFolder}: no such fixtures folder.");
        return Directory.GetDirectories(fixturesFolder).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every fixture's front matter; the first that cannot be read stops it (the message names the file and line).</summary>
    public static IReadOnlyList<FixtureSpec> Read(string fixturesFolder) => Folders(fixturesFolder).Select(FixtureSpecParser.ReadFolder).ToList();

    /// <summary><c>tests/fixtures/&lt;assignment&gt;</c> in <paramref name="start"/> or the nearest folder above it that has one.</summary>
    public static string? Locate(string start, string assignment)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "fixtures", assignment);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
