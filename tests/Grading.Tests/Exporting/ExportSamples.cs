using Grading.Core.Exporting;
using Grading.Core.Results;
using Grading.Tests.Support;

namespace Grading.Tests.Exporting;

/// <summary>Results the platform exporter tests share: every status, a partial score, pending points.</summary>
internal static class ExportSamples
{
    public static readonly GradingResult Mixed = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.2", 22.5, 30, SectionStatus.Partial, failedMessage: "the factor 2 of d/dw (ŷ − y)² is missing from the gradient."),
        SampleResults.Section("1.3", 0, 25, SectionStatus.Failed, failedMessage: "weights off by 0.3."),
        SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
    ]);

    public static readonly GradingResult WithError = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.4", 0, 15, SectionStatus.Error, error: "1.4 Train threw InvalidOperationException: boom"),
    ]);

    public static readonly GradingResult AllPassed = SampleResults.Result(
    [
        SampleResults.Section("1.1", 15, 15, SectionStatus.Passed),
        SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15),
    ]);

    /// <summary>Student text that must stay inert: markup, a CDATA end, control characters, a table pipe.</summary>
    public const string Hostile = "<script>alert(1)</script> ]]> \u0001\u001b[31m | ` * \"quoted\" \\ end";

    public static GradingResult WithHostileText()
    {
        var section = SampleResults.Section("1.2", 10, 30, SectionStatus.Partial, failedMessage: Hostile) with { Title = Hostile, Output = Hostile };
        return SampleResults.Result([section, SampleResults.Section("1.3", 0, 25, SectionStatus.Error, error: Hostile)]) with { Student = Hostile };
    }

    public static string Export(IResultExporter exporter, GradingResult result)
    {
        var writer = new StringWriter();
        exporter.Export(result, writer);
        return writer.ToString();
    }
}
