using Grading.Core.Bulk;
using Grading.Core.Checks;
using Grading.Core.Results;
using Grading.Reports.ClassSummary;
using Grading.Tests.Support;

namespace Grading.Tests.ClassSummary;

/// <summary>The summary's "most common problems" counts students, and its counts read as English.</summary>
public class ClassSummaryCountTests
{
    private const string Empty = "not implemented: all 6 answers are empty.";

    /// <summary>A written section whose six answers are all empty: six failed checks with one message.</summary>
    private static GradingResult SixEmptyAnswers()
    {
        var written = SampleResults.Section("3.1", 0, 12, SectionStatus.Failed) with
        {
            Checks = Enumerable.Range(1, 6).Select(q => new CheckOutcome($"answer {q}", "answers", false, false, 0, 2, Empty)).ToList(),
        };
        return SampleResults.Result([SampleResults.Section("1.1", 15, 15, SectionStatus.Passed), written]);
    }

    /// <summary>A submission that does not compile: every section carries the error, as the grader writes it.</summary>
    private static GradingResult CompileError()
    {
        const string error = "the submission does not compile (2 errors; first: A.cs(12,5): error CS0029: Cannot implicitly convert type 'string' to 'int').";
        var sections = new[] { "1.1", "1.2", "3.1" }.Select(id => SampleResults.Section(id, 0, 10, SectionStatus.Failed, error: error)).ToList();
        return SampleResults.Result(sections, SampleResults.NotCompiled());
    }

    private static ClassGradebook Class(params (string Id, GradingResult Result)[] students) => new("ps1-autograd", "PS1 Part 3", 100,
        students.Select(s => new GradebookEntry(new RosterEntry(s.Id), StudentStatus.Graded, s.Result, null, null, $"students/{s.Id}/result.html")).ToList());

    private static IReadOnlyList<FailureView> Failures(ClassGradebook gradebook) => ClassSummaryBuilder.Build(gradebook, []).Failures;

    [Test]
    public void Failures_StudentWithSixEmptyAnswers_CountsOneStudent()
    {
        var failures = Failures(Class(("ann", SixEmptyAnswers()), ("ben", CompileError())));
        Assert.That(failures.Single(f => f.Message == Empty), Is.EqualTo(new FailureView("3.1", Empty, 1)));
        // A second student with the same answers makes it 2: students, not checks (which would say 12).
        Assert.That(Failures(Class(("ann", SixEmptyAnswers()), ("cy", SixEmptyAnswers()))).Single(f => f.Message == Empty).Count, Is.EqualTo(2));
    }

    [Test]
    public void Failures_CompileError_IsListedOncePerStudentNotOncePerSection()
    {
        var failures = Failures(Class(("ann", SixEmptyAnswers()), ("ben", CompileError()), ("dan", CompileError())));
        Assert.That(failures.Where(f => f.Message.Contains("does not compile")),
            Is.EqualTo(new[] { new FailureView(ClassSummaryBuilder.WholeSubmission, ClassSummaryBuilder.NotCompiled, 2) }));
        Assert.That(failures.Select(f => f.Section), Has.None.EqualTo("1.2"), "ben's and dan's sections add no row of their own");
    }

    [Test]
    public void Render_OneStudentOfOnePoint_SaysStudentAndPointInTheSingular()
    {
        var one = Class(("ann", SixEmptyAnswers())) with { MaxScore = 1 };
        string html = ClassSummaryExporter.Render(one);
        Assert.That(html, Does.Contain("<strong id=\"count-students\">1</strong> student</li>").And.Contain("out of 1 point</p>"));
        string two = ClassSummaryExporter.Render(Class(("ann", SixEmptyAnswers()), ("ben", CompileError())));
        Assert.That(two, Does.Contain("<strong id=\"count-students\">2</strong> students</li>").And.Contain("out of 100 points</p>"));
    }

    [Test]
    public void Render_GradebookWarnings_AreListedBeforeTheFiguresAndEncoded()
    {
        string html = ClassSummaryExporter.Render(Class(("ann", SixEmptyAnswers())), ["Moodle: 1 student left out of moodle.csv: '<b>x</b>'"]);
        Assert.That(html, Does.Contain("<ul id=\"gradebook-warnings\">"));
        Assert.That(html, Does.Contain("&#x27;&lt;b&gt;x&lt;/b&gt;&#x27;").Or.Contain("&lt;b&gt;x&lt;/b&gt;"));
        Assert.That(html, Does.Not.Contain("<b>x</b>"));
        Assert.That(ClassSummaryExporter.Render(Class(("ann", SixEmptyAnswers()))), Does.Not.Contain("gradebook-warnings"));
    }
}
