using System.CommandLine;
using Grading.Core.Grading;

namespace Grading.Cli.Commands;

/// <summary>The <c>--assignment</c> and <c>--assignments-dir</c> options every grading command shares, and
/// how they name an assignment.yml.</summary>
internal static class AssignmentOptions
{
    public static Option<string> CreateId() =>
        new("--assignment", "-a") { Description = "Assignment id.", DefaultValueFactory = _ => "ps1-autograd" };

    public static Option<DirectoryInfo?> CreateFolder() =>
        new("--assignments-dir") { Description = "Folder of assignments (default: the one installed beside the grader)." };

    /// <summary>The spec path of <paramref name="id"/> in <paramref name="folder"/>, or beside the grader.</summary>
    public static string SpecPath(string id, DirectoryInfo? folder) =>
        (folder is null ? AssignmentCatalog.BesideGrader() : new AssignmentCatalog(folder.FullName)).SpecPath(id);
}
