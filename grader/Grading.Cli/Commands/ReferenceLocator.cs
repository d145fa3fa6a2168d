namespace Grading.Cli.Commands;

/// <summary>
/// Finds the reference solution to time sections against: the one named, else <c>reference/&lt;id&gt;</c>
/// in the current folder or above it (the course repository). Students' repositories have none, and
/// their reports then show plain times.
/// </summary>
internal static class ReferenceLocator
{
    public static string? Find(DirectoryInfo? named, string assignment, FileSystemInfo submission)
    {
        if (named is not null)
            return named.Exists ? named.FullName : throw new Core.Grading.GradingException($"The reference folder '{named.FullName}' does not exist.");
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "reference", assignment);
            if (Directory.Exists(candidate))
                return Path.GetFullPath(candidate) == submission.FullName.TrimEnd('/') ? null : candidate;
        }
        return null;
    }
}
