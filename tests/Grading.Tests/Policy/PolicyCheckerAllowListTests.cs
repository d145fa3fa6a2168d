using Grading.Core.Policy;
using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>
/// APIs no forbidding rule names, which a deny-list let through: the allow-list refuses them because they are
/// not on it, each at its file, line and code, with a message naming the API.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerAllowListTests
{
    private const string NotAllowed = "which submissions may not use (it is not on the assignment's list of allowed APIs)";

    private static readonly (string Name, string Body, string Api)[] Cases =
    [
        ("XmlWriter.Create(path)", "using var xml = System.Xml.XmlWriter.Create(\"answers.xml\");", "System.Xml.XmlWriter.Create"),
        ("XDocument.Save", "new System.Xml.Linq.XDocument().Save(\"answers.xml\");", "System.Xml.Linq.XDocument"),
        ("XML external entities", "var doc = new System.Xml.XmlDocument(); doc.LoadXml(\"<!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><d>&e;</d>\");", "System.Xml.XmlDocument"),
        ("XmlUrlResolver", "var entity = new System.Xml.XmlUrlResolver().GetEntity(new Uri(\"file:///etc/passwd\"), null, null);", "System.Xml.XmlUrlResolver"),
        ("TextWriterTraceListener", "System.Diagnostics.Trace.Listeners.Add(new System.Diagnostics.TextWriterTraceListener(\"log.txt\"));", "System.Diagnostics.TextWriterTraceListener"),
        ("System.Formats.Tar", "using var tar = new System.Formats.Tar.TarWriter(new MemoryStream());", "System.Formats.Tar.TarWriter"),
        ("Expression<T>.Compile", "System.Linq.Expressions.Expression<Func<int>> e = () => 1; var f = e.Compile();", "System.Linq.Expressions.Expression"),
        ("TimeProvider timer", "var timer = TimeProvider.System.CreateTimer(_ => Console.WriteLine(\"later\"), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));", "System.TimeProvider.System"),
        ("CancellationTokenSource(TimeSpan) callback", "var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));", "System.Threading.CancellationTokenSource"),
        ("TPL Dataflow block", "var block = new System.Threading.Tasks.Dataflow.ActionBlock<int>(i => Console.WriteLine(i));", "System.Threading.Tasks.Dataflow.ActionBlock"),
        ("Console.ReadLine", "var typed = Console.ReadLine();", "System.Console.ReadLine"),
        ("Environment.GetEnvironmentVariable", "var home = Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment.GetEnvironmentVariable"),
        ("Path", "var path = Path.Combine(\"a\", \"b\");", "System.IO.Path.Combine"),
        ("Task", "var done = Task.FromResult(1).Result;", "System.Threading.Tasks.Task.FromResult"),
        ("a type in a declaration only", "System.Xml.XmlReader? reader = null;", "System.Xml.XmlReader"),
    ];

    private static IEnumerable<TestCaseData> Unlisted() =>
        Cases.Select(c => new TestCaseData(c.Body, c.Api).SetName($"Check_ApiNotOnTheList_IsRefused({c.Name})"));

    [TestCaseSource(nameof(Unlisted))]
    public void Check_ApiNotOnTheList_IsRefused(string body, string api)
    {
        var report = Check(("Section12.cs", Section12With(body)));

        var violations = report.ForSection(Section12Contract);
        var found = violations.Where(v => v.Api == api).ToList();
        Assert.That(found, Is.Not.Empty, string.Join("\n", violations.Select(v => v.Api + ": " + v.Message)));
        Assert.That((found[0].File, found[0].Line, found[0].Code), Is.EqualTo(("Section12.cs", BodyLine, body)));
        Assert.That(found[0].Message, Does.StartWith($"Your code uses `{api}`, {NotAllowed}. Found `").And.Contain($"at Section12.cs({BodyLine},"));
        Assert.That(report.BlocksAll, Is.False);
    }

    [TestCase("var rows = new[] { 1, 2 }.AsQueryable().Select(i => i * 2).ToArray();", "System.Linq.Queryable")]
    [TestCase("var d = Delegate.CreateDelegate(typeof(Action), typeof(Section12), \"Helper\");", "System.Delegate.CreateDelegate")]
    public void Check_CodeGenerationByAnotherRoute_GetsTheCodeGenerationMessage(string body, string api)
    {
        var violations = Check(("Section12.cs", Section12With(body))).ForSection(Section12Contract);

        Assert.That(violations.Where(v => v.Api == api).Select(v => v.Message).FirstOrDefault(),
            Does.StartWith("Submissions may not generate or compile code at run time"), string.Join("\n", violations.Select(v => v.Message)));
    }

    [Test]
    public void Check_ForbiddenApiOnTheList_GetsTheRulesMessageOnly()
    {
        // TorchSharp is on the list; torch.save is carved out of it by a rule, which alone reports it.
        var violations = Check(("Section12.cs", Section12With("torch.save(torch.zeros(7), \"weights.pt\");"))).ForSection(Section12Contract);

        Assert.That(violations.Select(v => v.Api), Is.EqualTo(new[] { "TorchSharp.torch.save" }));
    }

    [Test]
    public void Check_AssignmentAllowsANamespace_ItsApisPass()
    {
        var allowingXml = DefaultPolicy.Policy with { Allowed = [.. DefaultAllowList.Patterns, "System.Xml"] };
        const string Body = "var text = new StringWriter(); using (var xml = System.Xml.XmlWriter.Create(text)) { xml.WriteElementString(\"loss\", \"0.5\"); }";

        Assert.That(Check(("Section12.cs", Section12With(Body))).ForSection(Section12Contract), Is.Not.Empty);
        Assert.That(Check(allowingXml, ("Section12.cs", Section12With(Body))).IsEmpty, Is.True);
    }

    [Test]
    public void Check_NoAllowList_OnlyTheRulesApply()
    {
        var rulesOnly = DefaultPolicy.Policy with { Allowed = null };

        var report = Check(rulesOnly, ("Section12.cs", Section12With("using var xml = System.Xml.XmlWriter.Create(\"answers.xml\"); File.Delete(\"x\");")));

        Assert.That(report.ForSection(Section12Contract).Select(v => v.Api), Is.EqualTo(new[] { "System.IO.File" }));
    }
}
