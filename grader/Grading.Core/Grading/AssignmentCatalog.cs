namespace Grading.Core.Grading;

/// <summary>
/// Finds assignments: folders holding an <c>assignment.yml</c>, under <c>assignments/</c> beside the
/// grader (where each harness project copies its own) or under a folder the user names.
/// </summary>
public sealed class AssignmentCatalog(string root)
{
    public const string SpecFileName = "assignment.yml";

    public static AssignmentCatalog BesideGrader() => new(Path.Combine(AppContext.BaseDirectory, "assignments"));

    public string Root { get; } = root;

    public IReadOnlyList<string> Ids => Directory.Exists(Root)
        ? Directory.EnumerateDirectories(Root).Where(d => File.Exists(Path.Combine(d, SpecFileName))).Select(Path.GetFileName).OfType<string>().Order().ToList()
        : [];

    public string SpecPath(string id)
    {
        string path = Path.Combine(Root, id, SpecFileName);
        if (File.Exists(path)) return path;
        string known = Ids.Count == 0 ? "none are installed" : $"known: {string.Join(", ", Ids)}";
        throw new GradingException($"No assignment '{id}' ({known}).");
    }
}
