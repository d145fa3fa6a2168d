using Grading.Core.Assignments;
using Grading.Core.Grading;
using Grading.Core.Policy;
using Grading.Core.Rules;
using Grading.Core.Running;
using NUnit.Framework;

namespace Grading.Tests.Policy;

/// <summary>What the engine does with a policy report: which sections it runs, and what their errors say.</summary>
[TestFixture]
public sealed class PolicyGateTests
{
    private static readonly SectionSpec Section12 = Section("1.2", "Ps1Autograd.ISection12ArrayGradientDescent");
    private static readonly SectionSpec Section13 = Section("1.3", "Ps1Autograd.ISection13TensorGradientDescent");

    private static readonly RuleViolation Unlisted = new("System.Xml.XmlWriter.Create",
        "Your code uses `System.Xml.XmlWriter.Create`, which submissions may not use. Found `XmlWriter.Create(...)` at Helpers/Log.cs(9,13).",
        "Helpers/Log.cs", 9, 13, "XmlWriter.Create(\"log.xml\");");

    private static SectionSpec Section(string id, string contract) =>
        new() { Id = id, Title = id, Points = 1, Driver = "none", Contract = contract, Checks = [], Questions = [], Rules = [] };

    private static PolicyReport Report(IReadOnlyList<RuleViolation> in12, IReadOnlyList<RuleViolation> unattributed) =>
        new(new Dictionary<string, IReadOnlyList<RuleViolation>> { [Section12.Contract] = in12, [Section13.Contract] = [] }, unattributed, []);

    [Test]
    public void Blocks_ViolationNoSectionCanBeHeldTo_BlocksEverySectionWithFileAndLine()
    {
        var gate = new PolicyGate(Report([], [Unlisted]));

        Assert.That(new[] { gate.Blocks(Section12), gate.Blocks(Section13) }, Is.EqualTo(new[] { true, true }));
        var error = gate.Rejected(Section13);
        Assert.That(error.Outcome, Is.EqualTo(RunOutcome.NotRun));
        Assert.That(error.Error, Does.StartWith("the submission has code that breaks the grading policy where no single section can be held to it, so nothing was run.")
            .And.Contain("Helpers/Log.cs(9,13)"));
        Assert.That(gate.Diagnostics().Select(d => (d.File, d.Line, d.Severity)), Is.EqualTo(new[] { ("Helpers/Log.cs", 9, "error") }));
    }

    [Test]
    public void Blocks_ViolationInOneSection_BlocksOnlyThatSection()
    {
        var gate = new PolicyGate(Report([Unlisted], []));

        Assert.That(new[] { gate.Blocks(Section12), gate.Blocks(Section13) }, Is.EqualTo(new[] { true, false }));
        Assert.That(gate.Rejected(Section12).Error, Does.StartWith("1.2 was not run: its code breaks the grading policy. Your code uses `System.Xml.XmlWriter.Create`"));
        Assert.That(gate.Diagnostics(), Is.Empty);
    }
}
