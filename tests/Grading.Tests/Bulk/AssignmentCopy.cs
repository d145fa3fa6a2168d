using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>A copy of an assignment's spec and data in a test's folder (an <c>--assignments-dir</c>), to edit its YAML.</summary>
internal sealed class AssignmentCopy
{
    private AssignmentCopy(string root, string id)
    {
        Root = root;
        SpecPath = Path.Combine(root, id, "assignment.yml");
    }

    /// <summary>The folder holding the assignment's folder: what <c>--assignments-dir</c> takes.</summary>
    public string Root { get; }
    public string SpecPath { get; }

    public static AssignmentCopy Of(string id, string root)
    {
        string source = RepositoryPaths.Assignment(id);
        string target = Path.Combine(root, id);
        Directory.CreateDirectory(Path.Combine(target, "data"));
        File.Copy(Path.Combine(source, "assignment.yml"), Path.Combine(target, "assignment.yml"));
        foreach (string file in Directory.GetFiles(Path.Combine(source, "data"))) File.Copy(file, Path.Combine(target, "data", Path.GetFileName(file)));
        return new AssignmentCopy(root, id);
    }

    /// <summary>Replaces <paramref name="from"/>, which must be in the YAML exactly once, by <paramref name="to"/>.</summary>
    public void Edit(string from, string to)
    {
        string yaml = File.ReadAllText(SpecPath);
        Assert.That(yaml.Split(from).Length, Is.EqualTo(2), $"'{from}' should be in assignment.yml once");
        File.WriteAllText(SpecPath, yaml.Replace(from, to));
    }
}
