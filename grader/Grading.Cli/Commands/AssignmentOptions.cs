using System.CommandLine;
using Grading.Core.Grading;

namespace Grading.Cli.Commands;

/// <summary>The <c>--assignment</c> and <c>--assignments-dir</c> options every grading command shares, and
/// how they name an assignment.yml.</summary>
internal static class AssignmentOptions
{
    /// <summary>What a command grades when nothing names the assignment (it was the only one).</summary>
    public const string DefaultId = "ps1-autograd";

    public static Option<string> CreateId() =>
        new("--assignment", "-a") { Description = "Assignment id.", DefaultValueFactory = _ => DefaultId };

    /// <summary>For commands given one submission: without it, the submission's contracts say (see <see cref="Resolve"/>).</summary>
    public static Option<string?> CreateDetectedId() =>
        new("--assignment", "-a") { Description = $"Assignment id (default: the one whose contracts the submission implements, else {DefaultId})." };

    /// <summary>The assignment named, else the one whose contracts <paramref name="submission"/> implements, else <see cref="DefaultId"/>.</summary>
    public static string Resolve(string? id, DirectoryInfo? folder, string submission) =>
        id ?? AssignmentDetector.Detect(Catalog(folder), submission) ?? DefaultId;

    public static Option<DirectoryInfo?> CreateFolder() =>
        new("--assignments-dir") { Description = "Folder of assignments (default: the one installed beside the grader)." };

    /// <summary>The spec path of <paramref name="id"/> in <paramref name="folder"/>, or beside the grader.</summary>
    public static string SpecPath(string id, DirectoryInfo? folder) =>
        Catalog(folder).SpecPath(id);

    private static AssignmentCatalog Catalog(DirectoryInfo? folder) =>
        folder is null ? AssignmentCatalog.BesideGrader() : new AssignmentCatalog(folder.FullName);
}
