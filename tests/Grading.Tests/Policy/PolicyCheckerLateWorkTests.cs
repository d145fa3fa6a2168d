using Grading.Core.Policy;
using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>
/// Code the policy cannot read member by member: async methods that go on after the call returns, and
/// dynamic values whose members are chosen at run time. Both are reported as such, where they are written.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerLateWorkTests
{
    [Test]
    public void Check_AsyncHelperStartedWithoutAwait_IsReportedAtItsDeclaration()
    {
        var source = Section12With("_ = KeepGoing();", """
                private static async Task KeepGoing()
                {
                    await Task.Yield();
                    while (true) { }
                }
            """);

        var violations = Check(("Section12.cs", source)).ForSection(Section12Contract);

        var async = violations.Where(v => v.Api == "async").ToList();
        Assert.That(async.Select(v => (v.Line, v.Code)), Is.EqualTo(new[] { (BodyLine + 3, "private static async Task KeepGoing()") }));
        Assert.That(async[0].Message, Does.StartWith("Submissions may not use async code").And.Contain("Found `async KeepGoing(...)`"));
    }

    [Test]
    public void Check_DynamicHidingAForbiddenMember_ReportsTheKeywordAndTheLateBoundCall()
    {
        var violations = Check(("Section12.cs", Section12With("dynamic t = torch.zeros(7); t.save(\"t.bin\");"))).ForSection(Section12Contract);

        var dynamic = violations.Where(v => v.Api == "dynamic").ToList();
        Assert.That(dynamic, Has.Count.EqualTo(2), string.Join("\n", violations.Select(v => v.Message)));
        Assert.That(dynamic.Select(v => v.Message), Has.Some.Contains("Found `dynamic .save`"));
        Assert.That(violations.Select(v => v.Api), Does.Not.Contain("TorchSharp.torch.Tensor.save"), "the member itself is invisible: hence the rule");
    }

    [Test]
    public void Check_LateBoundCallWithoutTheKeyword_IsStillReported()
    {
        // Nothing here says `dynamic`: the value comes from a helper declared elsewhere in the file.
        var source = Section12With("var t = Hidden(); t.save(\"t.bin\");", """
                private static dynamic Hidden() => torch.zeros(7);
            """);

        var violations = Check(("Section12.cs", source)).ForSection(Section12Contract);

        Assert.That(violations.Where(v => v.Api == "dynamic").Select(v => v.Line), Does.Contain(BodyLine));
    }

    [Test]
    public void Check_ReadingACultureButSettingAnother_FlagsOnlyTheSet()
    {
        var body = "var before = System.Globalization.CultureInfo.CurrentCulture; System.Globalization.CultureInfo.CurrentUICulture = before;";

        var violations = Check(("Section12.cs", Section12With(body))).ForSection(Section12Contract);

        Assert.That(violations.Select(v => v.Api), Is.EqualTo(new[] { "System.Globalization.CultureInfo.CurrentUICulture.set" }));
    }
}
