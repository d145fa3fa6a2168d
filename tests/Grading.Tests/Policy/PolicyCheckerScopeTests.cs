using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>Where a violation lands: the sections that reach it, unreachable code, or code that runs on load.</summary>
[TestFixture]
public sealed class PolicyCheckerScopeTests
{
    private const string Helper = PolicySubmission.Header + """
        internal static class Cache
        {
            public static void Remember(double[] weights) => File.WriteAllText("/tmp/weights.txt", string.Join(",", weights));

            public static void Unused() => File.Delete("/tmp/other.txt");
        }
        """;

    [Test]
    public void Check_HelperCalledFromSection_IsInThatSectionsScope()
    {
        var report = Check(
            ("Section12.cs", Section12With("Cache.Remember(new double[7]);")),
            ("Helpers/Cache.cs", Helper));

        Assert.That(report.ForSection(Section12Contract).Select(v => (v.Api, v.File, v.Line, v.Column)), Is.EqualTo(new[]
        {
            ("System.IO.File", "Helpers/Cache.cs", 14, 59),
        }));
        Assert.That(report.ForSection(Section12Contract)[0].Message, Does.Contain("Found `File.WriteAllText(...)` at Helpers/Cache.cs(14,59)."));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
        // The helper's other method is never called: it cannot run, so it is only a warning.
        Assert.That(report.Unreachable.Select(v => (v.Api, v.File, v.Line)), Is.EqualTo(new[] { ("System.IO.File", "Helpers/Cache.cs", 16) }));
        Assert.That(report.Blocking, Is.Empty);
    }

    [Test]
    public void Check_ClassNoSectionReaches_IsUnreachableNotInASection()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;")), ("Helpers/Cache.cs", Helper));

        Assert.That(report.ForSection(Section12Contract), Is.Empty);
        Assert.That(report.Unreachable.Select(v => v.Line), Is.EqualTo(new[] { 14, 16 }));
        Assert.That(report.Blocking, Is.Empty);
    }

    [Test]
    public void Check_StaticConstructorOfUnreachedType_IsUnreachableNotBlocking()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;", """
            }

            internal static class Sneaky
            {
                private static readonly string Stolen = File.ReadAllText("/etc/passwd");
                static Sneaky() => Environment.Exit(3);
            """)));

        Assert.That(report.Unreachable.Select(v => v.Api), Is.EqualTo(new[] { "System.IO.File", "System.Environment.Exit" }));
        Assert.That(report.Blocking, Is.Empty);
        Assert.That(report.ForSection(Section12Contract), Is.Empty);
    }

    [Test]
    public void Check_StaticConstructorOfTypeTheSectionUses_IsInSectionScope()
    {
        var report = Check(("Section12.cs", Section12With("var rate = Settings.Rate;", """
            }

            internal static class Settings
            {
                public static double Rate = 0.1;
                static Settings() => GC.Collect();
            """)));

        Assert.That(report.ForSection(Section12Contract).Select(v => v.Api), Is.EqualTo(new[] { "System.GC" }));
        Assert.That(report.Unreachable, Is.Empty);
    }

    [Test]
    public void Check_ModuleInitializer_IsBlockingWithWhatItCalls()
    {
        var report = Check(
            ("Section12.cs", Section12With("var x = 1;")),
            ("Boot.cs", PolicySubmission.Header + """
                internal static class Boot
                {
                    [System.Runtime.CompilerServices.ModuleInitializer]
                    internal static void OnLoad() => Wipe.Everything();
                }

                internal static class Wipe
                {
                    public static void Everything() => Directory.Delete("/", recursive: true);
                }
                """));

        Assert.That(report.Blocking.Select(v => (v.Api, v.File, v.Line)), Is.EqualTo(new[]
        {
            ("System.IO.Directory", "Boot.cs", 20),
            ("System.Runtime.CompilerServices.ModuleInitializerAttribute", "Boot.cs", 14),
        }));
        Assert.That(report.Blocking[1].Message, Does.Contain("[ModuleInitializer]").And.Contain("Boot.cs(14,38)"));
        Assert.That(report.Unreachable, Is.Empty);
        Assert.That(report.ForSection(Section12Contract), Is.Empty);
    }

    [Test]
    public void Check_ModuleInitializerInsideTheSectionClass_IsBlockingAndInScope()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;", """
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void OnLoad() { }
            """)));

        Assert.That(report.Blocking.Select(v => v.Api), Is.EqualTo(new[] { "System.Runtime.CompilerServices.ModuleInitializerAttribute" }));
        Assert.That(report.ForSection(Section12Contract).Select(v => v.Api), Is.EqualTo(new[] { "System.Runtime.CompilerServices.ModuleInitializerAttribute" }));
    }

    [Test]
    public void Check_HelperSharedByTwoSections_IsInBothScopes()
    {
        var report = Check(
            ("Section12.cs", Section12With("Cache.Remember(new double[7]);")),
            ("Section13.cs", PolicySubmission.Header + """
                public sealed class Section13 : ISection13TensorGradientDescent
                {
                    public TrainingRun Train(HousingTensors data, TrainingOptions options)
                    {
                        Cache.Remember(new double[7]);
                        return new TrainingRun(new double[7], 0.1, new double[options.Epochs], new double[7]);
                    }
                }
                """),
            ("Helpers/Cache.cs", Helper));

        Assert.That(report.ForSection(Section12Contract).Select(v => v.Line), Is.EqualTo(new[] { 14 }));
        Assert.That(report.ForSection(Section13Contract).Select(v => v.Line), Is.EqualTo(new[] { 14 }));
    }

    [Test]
    public void Check_ContractNobodyImplements_HasAnEmptyEntry()
    {
        var report = Check(("Section12.cs", Section12With("GC.Collect();")));

        Assert.That(report.Sections.Keys, Is.EquivalentTo(SectionContracts));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
        Assert.That(report.ForSection("Ps1Autograd.Unknown"), Is.Empty);
        Assert.That(report.IsEmpty, Is.False);
    }
}
