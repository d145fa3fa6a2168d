using System.Globalization;
using Grading.Core.Results;

namespace Grading.Reports.Html;

/// <summary>Projects a result into the report's view: the result is the model, the report a view of it.</summary>
internal static class ReportViewBuilder
{
    public static ReportView Build(GradingResult result) => new()
    {
        Student = result.Student,
        AssignmentId = result.Assignment,
        AssignmentTitle = result.AssignmentTitle,
        GradedAt = result.GradedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Score = Display.Points(result.Score),
        MaxScore = Display.Points(result.MaxScore),
        PendingPoints = Display.Points(result.PendingPoints),
        HasPending = result.PendingPoints > 0,
        Percent = result.MaxScore > 0 ? (100 * result.Score / result.MaxScore).ToString("0", CultureInfo.InvariantCulture) : "0",
        Compiled = result.Compilation.Succeeded,
        Diagnostics = result.Compilation.Diagnostics.Select(Diagnostic).ToList(),
        Notes = result.Compilation.Diagnostics
            .Where(d => d.Severity == "warning" && !d.Id.StartsWith("CS", StringComparison.Ordinal)).Select(Diagnostic).ToList(),
        Sections = result.Sections.Select(s => SectionViewBuilder.Build(s, result.Devices)).ToList(),
        Reference = result.Reference is { } table
            ? new ReferenceView(table.Title, table.Rows.Select(r => new FactView(r.Note.Length > 0 ? $"{r.Name} ({r.Note})" : r.Name, Display.SixDecimals(r.Value))).ToList())
            : null,
        Environment = Facts(result.Environment, result.Timing, result.Devices),
    };

    private static DiagnosticView Diagnostic(Core.Compiling.CompilerDiagnostic d)
    {
        // A caret under the column, with the line's own tabs kept so it lines up.
        string prefix = new(d.SourceLine.Take(Math.Max(0, d.Column - 1)).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        return new DiagnosticView(d.Severity, $"{d.File}({d.Line},{d.Column})", d.Id, d.Message, d.SourceLine, prefix + "^");
    }

    private static List<FactView> Facts(EnvironmentInfo env, TimingInfo timing, DeviceComparison? devices) =>
    [
        new("Grader version", env.GraderVersion),
        new("Device", env.DeviceName is { } name ? $"{env.DeviceNote} ({name})" : env.DeviceNote),
        .. env.CudaVersion is { } cuda ? [new FactView("CUDA", cuda)] : Array.Empty<FactView>(),
        .. devices is null ? Array.Empty<FactView>()
            : [new FactView("Devices compared", $"{string.Join(", ", devices.Devices.Select(d => d.Id))}: {devices.Note}")],
        new("libtorch", env.LibTorchVersion ?? "not used"),
        new("Machine", $"{env.Machine}, {env.CpuThreads} CPU threads"),
        new("Operating system", env.Os),
        new("Runtime", env.Runtime),
        new("Grading time", $"{Display.Seconds(timing.TotalMs)} in all, {Display.Seconds(timing.SectionsMs)} in the submission's code"),
    ];
}
