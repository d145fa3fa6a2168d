using System.Collections.Concurrent;
using Grading.Core.Results;
using Grading.Reports.Exporting;

namespace Grading.Tests.Support;

/// <summary>
/// The reports the browser tests open: the reference's, two failing submissions' and one full of
/// hostile text. Each is graded once per test run (grading takes seconds) and written as HTML on demand.
/// </summary>
public static class ReportCases
{
    public const string Reference = "reference";
    public const string Hostile = "hostile";

    /// <summary>Every case; the graded ones first.</summary>
    public static readonly string[] Names = [Reference, "gradient-sign-flipped", "compile-error", Hostile];

    /// <summary>The cases graded from real submissions, whose sections are the assignment's 1.1 to 1.5.</summary>
    public static readonly string[] Graded = [Reference, "gradient-sign-flipped", "compile-error"];

    private static readonly ConcurrentDictionary<string, Lazy<GradingResult>> Results = new();

    public static GradingResult Result(string name) => Results.GetOrAdd(name, n => new Lazy<GradingResult>(() => n switch
    {
        Reference => Ps1Grading.Grade(Ps1Grading.Reference),
        Hostile => HostileText.Everywhere(),
        _ => Ps1Grading.GradeOverlay(n),
    })).Value;

    /// <summary>Renders the case's report to <c>name.html</c> in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string name, string folder)
    {
        string path = Path.Combine(folder, name + ".html");
        File.WriteAllText(path, HtmlReportExporter.Render(Result(name)));
        return path;
    }

    /// <summary>Where screenshots and PDFs go: beside the test run's output, so they outlive the run.</summary>
    public static string ArtifactFolder()
    {
        string folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
