using Grading.Core.Checks;
using Grading.Core.Results;
using Grading.Reports.Exporting;
using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>The line under each written answer says its verdict once.</summary>
public class HtmlReportAnswersTests
{
    private static string VerdictLine(SectionResult section)
    {
        string html = HtmlReportExporter.Render(SampleResults.Result([section]));
        int start = html.IndexOf("<p class=\"answer-verdict\">", StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, "the answer has a verdict line");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }

    [Test]
    public void Render_PendingAnswer_SaysPendingOnce()
    {
        var section = SampleResults.Section("1.5", 0, 15, SectionStatus.Pending, pending: 15) with { Questions = ["Why scale?"] };
        Assert.That(VerdictLine(section), Does.EndWith(">answered (12 words); pending a TA&#x27;s grade."));
    }

    [Test]
    public void Render_RejectedAnswer_GivesVerdictThenMessage()
    {
        var section = SampleResults.Section("1.5", 0, 15, SectionStatus.Failed) with
        {
            Questions = ["Why scale?"],
            Checks = [new CheckOutcome("answer 1", "answers", false, false, 0, 15, "question 1 is not answered.")],
        };
        Assert.That(VerdictLine(section), Does.EndWith(">not accepted: question 1 is not answered."));
    }
}
