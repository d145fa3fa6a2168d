using System.CommandLine;
using System.Text.Json;
using Grading.Core.Grading;
using Grading.Core.IO;
using Grading.Core.Results;
using Grading.Reports.Exporting;

namespace Grading.Cli.Commands;

/// <summary><c>grader report &lt;result.json&gt;</c>: renders a saved result again, without running anything.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var json = new Argument<FileInfo>("result") { Description = "A result JSON written by `grader check`." };
        var html = new Option<FileInfo?>("--html") { Description = "Where to write the HTML report (default: beside the JSON, .html)." };
        var format = ExportFormat.CreateFormat();
        var output = ExportFormat.CreateOutput("default: standard output");
        var command = new Command("report", "Render a saved result again: as an HTML report, or with --format in another format.") { json, html, format, output };
        command.SetAction(parsed => CommandGuard.Run(() => Execute(parsed.GetValue(json)!, parsed.GetValue(html), parsed.GetValue(format), parsed.GetValue(output))));
        return command;
    }

    private static int Execute(FileInfo json, FileInfo? html, string? format, FileInfo? output)
    {
        if (!json.Exists) throw new GradingException($"The result file '{json.FullName}' does not exist.");
        GradingResult result;
        try
        {
            result = ResultJson.Deserialize(File.ReadAllText(json.FullName), json.FullName);
        }
        catch (JsonException e)
        {
            throw new GradingException($"'{json.FullName}' is not a grading result: {e.Message}", e);
        }
        if (format is not null && html is null)
        {
            // Only the format asked for: `report r.json --format markdown >> "$GITHUB_STEP_SUMMARY"` must print nothing else.
            ExportFormat.Write(result, format, output);
            return ExitCodes.Graded;
        }
        ExportFormat.Write(result, format, output);
        string path = html?.FullName ?? Path.ChangeExtension(json.FullName, ".html");
        AtomicFile.WriteAllText(path, HtmlReportExporter.Render(result));
        Console.WriteLine($"Report: {path}");
        return ExitCodes.Graded;
    }
}
