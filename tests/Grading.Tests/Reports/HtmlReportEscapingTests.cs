using Grading.Core.Compiling;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>
/// Every place student text reaches the HTML report is encoded: hostile text planted in each of them
/// leaves a page with no script, no image and no event handler, only the text itself.
/// </summary>
public class HtmlReportEscapingTests
{
    private static readonly string Hostile = HostileText.Both;

    private static SectionResult Section(string id, SectionStatus status) => SampleResults.Section(id, 0, 15, status);

    [Test]
    public void Render_HostileOutput_IsEncoded()
    {
        var section = Section("1.2", SectionStatus.Failed) with { Output = $"Epoch:0 {Hostile}\n" };
        HostileText.AssertInert(HtmlReportExporter.Render(SampleResults.Result([section])));
    }

    [Test]
    public void Render_HostileAnswer_IsEncoded()
    {
        var section = Section("1.5", SectionStatus.Pending) with
        {
            Questions = ["Why did we scale the data?"],
            Raw = new Core.Running.SectionRun { SectionId = "1.5", Answers = [Hostile] },
        };
        string html = HtmlReportExporter.Render(SampleResults.Result([section]));
        Assert.That(html, Does.Contain("answer-text"), "the answer is shown");
        HostileText.AssertInert(html);
    }

    [Test]
    public void Render_HostileDiagnosticFileAndSourceLine_AreEncoded()
    {
        var diagnostic = new CompilerDiagnostic($"{HostileText.Image}.cs", 1, 9, "error", "CS0029",
            "Cannot implicitly convert type 'string' to 'int'", $"int x = \"{HostileText.Script}\";");
        var result = SampleResults.Result([Section("1.1", SectionStatus.Error)], new CompilationReport(false, 10, ["x.cs"], [diagnostic]));
        HostileText.AssertInert(HtmlReportExporter.Render(result));
    }

    [Test]
    public void Render_HostileStudentId_IsEncoded()
    {
        var result = SampleResults.Result([Section("1.1", SectionStatus.Failed)]) with { Student = Hostile };
        string html = HtmlReportExporter.Render(result);
        Assert.That(html, Does.Contain("<title>PS1 Part 3 — &lt;script&gt;"), "encoded in the title too");
        HostileText.AssertInert(html);
    }

    [Test]
    public void Render_HostileExceptionMessage_IsEncoded()
    {
        var section = SampleResults.Section("1.3", 0, 25, SectionStatus.Error, error: $"1.3 Train threw InvalidOperationException: {Hostile}");
        string html = HtmlReportExporter.Render(SampleResults.Result([section]));
        Assert.That(html, Does.Contain("class=\"error\""), "the error is shown");
        HostileText.AssertInert(html);
    }

    [Test]
    public void Render_HostileViolationCode_IsEncoded()
    {
        var violation = new RuleViolation("TorchSharp", "no TorchSharp.", "S.cs", 3, 5, $"torch.zeros(7); // {Hostile}");
        var section = Section("1.2", SectionStatus.Failed) with
        {
            Raw = SampleResults.Diverged() with { RuleViolations = [violation] },
        };
        string html = HtmlReportExporter.Render(SampleResults.Result([section]));
        Assert.That(html, Does.Contain("class=\"violations\""), "the violation is shown");
        HostileText.AssertInert(html);
    }

    [Test]
    public void Render_HostileTextEverywhereAtOnce_IsEncoded() => HostileText.AssertInert(HtmlReportExporter.Render(HostileText.Everywhere()));
}
