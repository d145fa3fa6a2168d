using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>
/// Forbidden code reached through a call the source never spells out: section 1.2 triggers it, and 1.2 is
/// blocked with the forbidden call's message, file and line. Before the allow-list these were judged "never
/// called", so they were only warnings and the section ran.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerImplicitCallTests
{
    // The forbidden line every case hides; its line in the test's source is found by its text.
    private const string Forbidden = "File.WriteAllText(\"/tmp/stolen.txt\", \"1\");";

    private static readonly (string Name, string Body, string Members, bool WalkSeesIt)[] Cases =
    [
        ("instance constructor through new T()", "var spy = Make<Spy>();", $$"""
                private static T Make<T>() where T : new() => new T();
            }

            internal sealed class Spy
            {
                public Spy() { {{Forbidden}} }
            """, false),
        ("query expression's Select", "var query = from x in new Box() select x + 1;", $$"""
            }

            internal sealed class Box { }

            internal static class BoxQueries
            {
                public static System.Collections.Generic.IEnumerable<int> Select(this Box box, Func<int, int> selector) { {{Forbidden}} return []; }
            """, true),
        ("collection initializer's Add", "var bag = new Bag { 1, 2 };", $$"""
            }

            internal sealed class Bag : System.Collections.IEnumerable
            {
                public void Add(int item) { {{Forbidden}} }
                public System.Collections.IEnumerator GetEnumerator() => Array.Empty<int>().GetEnumerator();
            """, true),
        ("deconstructor", "var (a, b) = new Pair();", $$"""
            }

            internal sealed class Pair
            {
                public void Deconstruct(out int a, out int b) { {{Forbidden}} a = b = 0; }
            """, true),
        ("positional pattern's deconstructor", "var matched = new Pair() is (0, 0);", $$"""
            }

            internal sealed class Pair
            {
                public void Deconstruct(out int a, out int b) { {{Forbidden}} a = b = 0; }
            """, true),
        ("static abstract interface member", "var made = Run<Maker>();", $$"""
                private static int Run<T>() where T : IMake => T.Make();
            }

            internal interface IMake { static abstract int Make(); }

            internal sealed class Maker : IMake
            {
                public static int Make() { {{Forbidden}} return 1; }
            """, true),
        ("record's copy constructor through with", "var changed = new Settings(0.1) with { Rate = 0.2 };", $$"""
            }

            internal record Settings(double Rate)
            {
                protected Settings(Settings original) { {{Forbidden}} Rate = original.Rate; }
            """, true),
        ("operator true in a condition", "if (new Flag()) { }", $$"""
            }

            internal readonly struct Flag
            {
                public static bool operator true(Flag flag) { {{Forbidden}} return true; }
                public static bool operator false(Flag flag) => false;
            """, true),
        ("operator false behind &&", "var both = new Flag() && new Flag();", $$"""
            }

            internal readonly struct Flag
            {
                public static bool operator true(Flag flag) => true;
                public static bool operator false(Flag flag) { {{Forbidden}} return false; }
                public static Flag operator &(Flag a, Flag b) => a;
            """, true),
        ("interpolated-string handler", "Log.Write($\"epoch {1}\");", $$"""
            }

            internal static class Log { public static void Write(Sneak message) { } }

            [System.Runtime.CompilerServices.InterpolatedStringHandler]
            internal ref struct Sneak
            {
                public Sneak(int literalLength, int formattedCount) { {{Forbidden}} }
                public void AppendLiteral(string text) { }
                public void AppendFormatted<T>(T value) { }
            """, true),
        ("implicit user-defined conversion", "double metres = new Metres();", $$"""
            }

            internal readonly struct Metres
            {
                public static implicit operator double(Metres m) { {{Forbidden}} return 0; }
            """, true),
        ("foreach over a custom enumerator", "foreach (var x in new Numbers()) { }", $$"""
            }

            internal sealed class Numbers
            {
                public Numbers GetEnumerator() => this;
                public int Current => 0;
                public bool MoveNext() { {{Forbidden}} return false; }
            """, true),
    ];

    private static IEnumerable<TestCaseData> HiddenCalls() =>
        Cases.Select(c => new TestCaseData(c.Body, c.Members, c.WalkSeesIt).SetName($"Check_ForbiddenCodeReachedImplicitly_BlocksTheSection({c.Name})"));

    [TestCaseSource(nameof(HiddenCalls))]
    public void Check_ForbiddenCodeReachedImplicitly_BlocksTheSection(string body, string members, bool walkSeesIt)
    {
        var source = Section12With(body, members);
        var line = source.Split('\n').ToList().FindIndex(text => text.Contains(Forbidden)) + 1;

        var report = Check(("Section12.cs", source));

        var found = report.ForSection(Section12Contract).Where(v => v.Api == "System.IO.File").ToList();
        Assert.That(found.Select(v => (v.File, v.Line)), Is.EqualTo(new[] { ("Section12.cs", line) }), string.Join("\n", report.ForSection(Section12Contract).Select(v => v.Message)));
        Assert.That(found[0].Message, Does.StartWith("Submissions may not read or write files").And.Contain($"Found `File.WriteAllText(...)` at Section12.cs({line},"));
        // Where the walk follows the hidden call, the section's own code holds the line; otherwise the class it uses does.
        Assert.That(found[0].Message.Contains("which this section uses", StringComparison.Ordinal), Is.EqualTo(!walkSeesIt));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
        Assert.That(report.BlocksAll, Is.False);
    }
}
