using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>Where a violation lands: the sections that reach it or its class, every section (code no section
/// can be held to), or every section as code that runs on load. Never nowhere.</summary>
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

        Assert.That(report.ForSection(Section12Contract).Select(v => (v.Api, v.File, v.Line, v.Column)).First(), Is.EqualTo(
            ("System.IO.File", "Helpers/Cache.cs", 14, 59)));
        Assert.That(report.ForSection(Section12Contract)[0].Message, Does.Contain("Found `File.WriteAllText(...)` at Helpers/Cache.cs(14,59)."));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
        Assert.That(report.BlocksAll, Is.False);
    }

    [Test]
    public void Check_UncalledMethodOfAClassTheSectionUses_BlocksThatSection()
    {
        var report = Check(
            ("Section12.cs", Section12With("Cache.Remember(new double[7]);")),
            ("Helpers/Cache.cs", Helper));

        // Unused() is never called as far as the walk sees; it is in Cache, which 1.2 uses, so 1.2 does not run.
        var unused = report.ForSection(Section12Contract).Single(v => v.Line == 16);
        Assert.That((unused.Api, unused.File), Is.EqualTo(("System.IO.File", "Helpers/Cache.cs")));
        Assert.That(unused.Message, Does.Contain("Found `File.Delete(...)` at Helpers/Cache.cs(16,").And.Contain("It is in `Cache`, which this section uses"));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
    }

    [Test]
    public void Check_ClassNoSectionReaches_BlocksTheWholeSubmission()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;")), ("Helpers/Cache.cs", Helper));

        Assert.That(report.ForSection(Section12Contract), Is.Empty);
        Assert.That(report.Unattributed.Select(v => (v.File, v.Line)), Is.EqualTo(new[] { ("Helpers/Cache.cs", 14), ("Helpers/Cache.cs", 16) }));
        Assert.That(report.Unattributed[0].Message, Does.Contain("Helpers/Cache.cs(14,").And.Contain("cannot rule out"));
        Assert.That(report.BlocksAll, Is.True);
        Assert.That(report.OnLoad, Is.Empty);
    }

    [Test]
    public void Check_StaticConstructorOfUnreachedType_BlocksTheWholeSubmission()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;", """
            }

            internal static class Sneaky
            {
                private static readonly string Stolen = File.ReadAllText("/etc/passwd");
                static Sneaky() => Environment.Exit(3);
            """)));

        Assert.That(report.Unattributed.Select(v => v.Api), Is.EqualTo(new[] { "System.IO.File", "System.Environment.Exit" }));
        Assert.That(report.OnLoad, Is.Empty);
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
        Assert.That(report.BlocksAll, Is.False);
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

        Assert.That(report.OnLoad.Select(v => (v.Api, v.File, v.Line)), Is.EqualTo(new[]
        {
            ("System.IO.Directory", "Boot.cs", 20),
            ("System.Runtime.CompilerServices.ModuleInitializerAttribute", "Boot.cs", 14),
        }));
        Assert.That(report.OnLoad[1].Message, Does.Contain("[ModuleInitializer]").And.Contain("Boot.cs(14,38)"));
        Assert.That(report.Unattributed, Is.Empty);
        Assert.That(report.ForSection(Section12Contract), Is.Empty);
    }

    [Test]
    public void Check_ModuleInitializerInsideTheSectionClass_IsBlockingAndInScope()
    {
        var report = Check(("Section12.cs", Section12With("var x = 1;", """
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void OnLoad() { }
            """)));

        Assert.That(report.OnLoad.Select(v => v.Api), Is.EqualTo(new[] { "System.Runtime.CompilerServices.ModuleInitializerAttribute" }));
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

        // Line 16 is Cache's method nobody calls: both sections use Cache, so both hold it.
        Assert.That(report.ForSection(Section12Contract).Select(v => v.Line), Is.EqualTo(new[] { 14, 16 }));
        Assert.That(report.ForSection(Section13Contract).Select(v => v.Line), Is.EqualTo(new[] { 14, 16 }));
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

    [Test]
    public void Check_ForbiddenUseOutsideEveryType_BlocksTheWholeSubmission()
    {
        var report = Check(
            ("Section12.cs", Section12With("var x = 1;")),
            ("Assembly.cs", "[assembly: System.Runtime.Versioning.SupportedOSPlatform(\"linux\")]\n"));

        Assert.That(report.Unattributed.Select(v => (v.Api, v.File, v.Line)), Is.EqualTo(new[]
        {
            ("System.Runtime.Versioning.SupportedOSPlatformAttribute", "Assembly.cs", 1),
        }));
        Assert.That(report.BlocksAll, Is.True);
    }

    [Test]
    public void Check_UncalledCodeInANestedTypeOfAUsedClass_BlocksTheSectionUsingTheOuterClass()
    {
        var report = Check(("Section12.cs", Section12With("var rate = Outer.Rate;", """
            }

            internal static class Outer
            {
                public const double Rate = 0.1;

                private static class Hidden
                {
                    public static void Leak() => File.WriteAllText("/tmp/x", "1");
                }
            """)));

        Assert.That(report.ForSection(Section12Contract).Select(v => (v.Api, v.Line)), Is.EqualTo(new[] { ("System.IO.File", BodyLine + 11) }));
        Assert.That(report.ForSection(Section12Contract)[0].Message, Does.Contain("It is in `Outer`, which this section uses"));
        Assert.That(report.BlocksAll, Is.False);
    }
}
