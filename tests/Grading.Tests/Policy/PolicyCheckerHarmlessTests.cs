using Grading.Core.Assignments;
using Grading.Core.Policy;
using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>What the default policy must leave alone: look-alikes of forbidden APIs that do no harm.</summary>
[TestFixture]
public sealed class PolicyCheckerHarmlessTests
{
    [TestCase("var text = new StringWriter(); text.Write(1.5); var back = new StringReader(text.ToString()).ReadLine();")]
    [TestCase("using var buffer = new MemoryStream(); buffer.WriteByte(1); TextWriter writer = Console.Out; writer.Flush();")]
    [TestCase("var sums = new double[7]; Parallel.For(0, 7, i => sums[i] = i * 2.0);")]
    [TestCase("var squares = Enumerable.Range(0, 7).AsParallel().Select(i => i * i).ToArray();")]
    [TestCase("var name = typeof(Section12).Name + nameof(Section12) + GetType().Name + typeof(HousingData).FullName;")]
    [TestCase("var cores = Environment.ProcessorCount + Environment.NewLine.Length + (Environment.Is64BitProcess ? 1 : 0);")]
    [TestCase("var clock = System.Diagnostics.Stopwatch.StartNew(); var ms = clock.Elapsed.TotalMilliseconds;")]
    [TestCase("var m = Math.Sqrt(Math.Abs(-4.0)) + Math.Round(2.5, 3) + data.Y.Sum() + data.X.RowCount;")]
    [TestCase("Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $\"Epoch:{1}, loss:{0.5}\"));")]
    [TestCase("var lanes = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(new double[8]); var s = System.Numerics.Vector.Sum(lanes[0]);")]
    [TestCase("var w = torch.randn(7, dtype: torch.float64); using (torch.no_grad()) { w.sub_(w * 0.1); }")]
    [TestCase("var r = new Random(options.Seed).NextDouble(); Thread.Yield(); Thread.Sleep(0);")]
    [TestCase("var decimalPoint = System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator + 1.5.ToString(System.Globalization.CultureInfo.CurrentCulture);")]
    public void Check_HarmlessLookAlike_IsNotFlagged(string body)
    {
        var report = Check(("Section12.cs", Section12With(body)));

        Assert.That(report.ForSection(Section12Contract).Select(v => v.Message), Is.Empty);
        Assert.That(report.IsEmpty, Is.True);
    }

    [Test]
    public void Check_PolicyDefaultsOff_OnlyTheAssignmentsOwnEntriesApply()
    {
        var spec = new AssignmentSpec
        {
            Id = "demo", Title = "Demo", Harness = "Demo", Directory = "/", Sections = [],
            PolicyDefaults = false,
            Policy = [new RuleSpec { Api = "System.Math.Pow", Max = 0, Message = "Multiply instead." }],
        };
        var policy = DefaultPolicy.AppliedTo(spec);

        var report = Check(policy, ("Section12.cs", Section12With("var secret = File.ReadAllText(\"/etc/passwd\") + Math.Pow(2, 3);")));

        Assert.That(report.ForSection(Section12Contract).Select(v => (v.Api, v.Message)), Is.EqualTo(new[]
        {
            ("System.Math.Pow", $"Multiply instead. Found `Math.Pow(...)` at Section12.cs({BodyLine},61)."),
        }));
    }

    [Test]
    public void AppliedTo_DefaultsOn_PutsTheDefaultsFirstThenTheAssignmentsEntries()
    {
        var own = new RuleSpec { Api = "System.Math.Pow", Max = 0, Message = "Multiply instead." };
        var spec = new AssignmentSpec
        {
            Id = "demo", Title = "Demo", Harness = "Demo", Directory = "/", Sections = [],
            Policy = [own],
            PolicyAllowed = ["System.Xml.Linq"],
        };

        var policy = DefaultPolicy.AppliedTo(spec);

        Assert.That(policy.Forbidden, Has.Count.EqualTo(DefaultPolicy.Rules.Count + 1));
        Assert.That(policy.Forbidden[^1], Is.SameAs(own));
        Assert.That(policy.Allowed, Is.EqualTo(DefaultAllowList.Patterns.Append("System.Xml.Linq")));
    }
}
