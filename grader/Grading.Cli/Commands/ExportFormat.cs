using System.CommandLine;
using Grading.Core.Exporting;
using Grading.Core.Exporting.Classroom;
using Grading.Core.Exporting.Classroom50;
using Grading.Core.Exporting.GitHub;
using Grading.Core.Exporting.Gradescope;
using Grading.Core.Exporting.JUnit;
using Grading.Core.Exporting.Markdown;
using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.Results;
using Grading.Reports.Exporting;

namespace Grading.Cli.Commands;

/// <summary><c>--format</c> and <c>--output</c>, shared by check and report: one more view of the result, written to a file.</summary>
internal static class ExportFormat
{
    private static readonly IResultExporter[] Exporters =
    [
        new JsonResultExporter(), new HtmlReportExporter(), new TextSummaryExporter(), new MarkdownSummaryExporter(),
        new ClassroomExporter(), new GradescopeExporter(), new JUnitExporter(), new GitHubAnnotationsExporter(), new Classroom50Exporter(),
    ];

    public static Option<string?> CreateFormat()
    {
        var format = new Option<string?>("--format")
        {
            Description = "Also write the result in this format to --output: github (workflow-command annotations for a GitHub Actions log), "
                + "classroom50 (the grade part of Classroom 50's result.json), classroom ($GITHUB_OUTPUT lines for GitHub Classroom's reporter), "
                + "gradescope (results.json), junit (XML), markdown (a CI job summary), json, html or text.",
        };
        format.AcceptOnlyFromAmong(Exporters.Select(e => e.Format).ToArray());
        return format;
    }

    public static Option<FileInfo?> CreateOutput(string whenMissing) =>
        new("--output", "-o") { Description = $"Where --format writes ({whenMissing})." };

    /// <summary>Writes <paramref name="result"/> as <paramref name="format"/> to <paramref name="output"/>, or to standard
    /// output when there is no file; does nothing without a format.</summary>
    public static void Write(GradingResult result, string? format, FileInfo? output)
    {
        if (format is null)
        {
            if (output is not null) throw new GradingException("--output needs --format (which format to write there).");
            return;
        }
        var exporter = Exporters.Single(e => e.Format == format);
        // The text summary printed on a terminal fits its width; written to a file it keeps the plain layout.
        if (exporter is TextSummaryExporter && output is null) exporter = new TextSummaryExporter(TerminalWidth.OfStandardOutput());
        var text = new StringWriter();
        exporter.Export(result, text);
        if (output is null)
        {
            Console.Write(text.ToString());
            return;
        }
        AtomicFile.WriteAllText(output.FullName, text.ToString());
        Console.WriteLine($"{format}: {output.FullName}");
    }
}
