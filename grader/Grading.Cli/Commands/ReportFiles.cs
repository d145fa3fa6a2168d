using Grading.Reports.Exporting;
using Grading.Core.Results;

namespace Grading.Cli.Commands;

/// <summary>Writes exporter output to files atomically, so a reader never sees half a report.</summary>
internal static class ReportFiles
{
    public static void WriteHtml(GradingResult result, string path)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = full + ".tmp";
        File.WriteAllText(temporary, HtmlReportExporter.Render(result));
        File.Move(temporary, full, overwrite: true);
    }
}
