using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>The commands the template's README gives a student, word for word: the tests run exactly these.</summary>
internal static class TemplateReadme
{
    /// <summary>Every line of the shell blocks under "## Checking your work", in order.</summary>
    public static IReadOnlyList<string> Commands()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Ps1Grading.Template, "README.md"));
        int start = Array.IndexOf(lines, "## Checking your work");
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the template README has a '## Checking your work' section");
        var commands = new List<string>();
        bool inBlock = false;
        foreach (string line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (line.StartsWith("```", StringComparison.Ordinal)) inBlock = !inBlock;
            else if (inBlock && line.Trim().Length > 0) commands.Add(line.Trim());
        }
        return commands;
    }
}
