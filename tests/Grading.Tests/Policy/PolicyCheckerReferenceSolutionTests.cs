using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Policy;
using Grading.Tests.Support;
using NUnit.Framework;
using Ps1Autograd.Grading;

namespace Grading.Tests.Policy;

/// <summary>
/// The PS1 reference solution and the student template break nothing of the policy PS1 applies,
/// compiled as the grader compiles them (same references, same implicit usings).
/// </summary>
[TestFixture]
public sealed class PolicyCheckerReferenceSolutionTests
{
    private static readonly Lazy<AssignmentSpec> Spec = new(() => AssignmentLoader.Load(RepositoryPaths.Ps1Spec).Spec);

    private static PolicyReport CheckFolder(string folder) => CheckFolder(folder, DefaultPolicy.AppliedTo(Spec.Value));

    private static PolicyReport CheckFolder(string folder, SubmissionPolicy policy)
    {
        var compiled = new SubmissionCompiler(new Ps1Harness().SubmissionReferences).Compile(SubmissionSource.Read(folder), "Submission");
        Assert.That(compiled.Succeeded, Is.True, string.Join("\n", compiled.Diagnostics));
        var contracts = Spec.Value.Sections.Select(section => section.Contract).ToList();
        return PolicyChecker.Check(compiled.Compilation, contracts, policy);
    }

    private static string Describe(PolicyReport report) => string.Join("\n",
        report.Sections.Values.SelectMany(violations => violations).Concat(report.Unattributed).Concat(report.OnLoad).Select(v => v.Message));

    [Test]
    public void Check_ReferenceSolution_HasNoViolations()
    {
        var report = CheckFolder(Ps1Grading.Reference);

        Assert.That(report.IsEmpty, Is.True, Describe(report));
        Assert.That(report.Sections.Keys, Has.Count.EqualTo(5));
    }

    [Test]
    public void Check_ReferenceAgainstAPolicyItBreaks_FlagsEverySection()
    {
        // Proves the empty report above is not vacuous: every section's class is found and scanned.
        var report = CheckFolder(Ps1Grading.Reference, new SubmissionPolicy([new RuleSpec { Api = "Ps1Autograd", Max = 0, Message = "m" }], null));

        Assert.That(report.Sections.Values.Select(violations => violations.Count), Has.All.GreaterThan(0));
    }

    [Test]
    public void Check_StudentTemplate_HasNoViolations()
    {
        var report = CheckFolder(Ps1Grading.Template);

        Assert.That(report.IsEmpty, Is.True, Describe(report));
    }

    [Test]
    public void Ps1Spec_AppliesTheDefaultPolicy()
    {
        Assert.That(Spec.Value.PolicyDefaults, Is.True);
        Assert.That(DefaultPolicy.AppliedTo(Spec.Value).Forbidden, Is.EqualTo(DefaultPolicy.Rules));
        Assert.That(DefaultPolicy.AppliedTo(Spec.Value).Allowed, Is.EqualTo(DefaultAllowList.Patterns));
    }
}
