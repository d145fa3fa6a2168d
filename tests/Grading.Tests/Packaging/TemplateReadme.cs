using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Packaging;

/// <summary>The commands a template's README gives a student, word for word: the tests run exactly these.</summary>
internal static class TemplateReadme
{
    /// <summary>Every line of the shell blocks under "## Checking your work", in order.</summary>
    public static IReadOnlyList<string> Commands(StudentTemplate template)
    {
        string[] lines = File.ReadAllLines(Path.Combine(template.Folder, "README.md"));
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

    /// <summary>Runs the README's commands in <paramref name="repository"/>, each but the last required to succeed;
    /// returns the last (the check).</summary>
    public static CommandRunner.Outcome Run(PackedTool tool, string repository, StudentTemplate template)
    {
        var commands = Commands(template);
        Assert.That(commands, Is.EqualTo(new[] { "dotnet tool restore", "dotnet restore", "dotnet grader check ." }));
        CommandRunner.Outcome? last = null;
        foreach (string command in commands)
        {
            last = tool.RunLine(repository, command);
            if (command != commands[^1]) Assert.That(last.ExitCode, Is.EqualTo(0), $"{command}\n{last}");
        }
        return last!;
    }

    /// <summary>The result JSON the check wrote where it writes it by default.</summary>
    public static GradingResult ResultOf(string repository) =>
        ResultJson.Deserialize(File.ReadAllText(Path.Combine(repository, "grading-output", Path.GetFileName(repository), "result.json")));
}
