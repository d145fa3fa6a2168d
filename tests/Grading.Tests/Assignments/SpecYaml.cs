using Grading.Core.Assignments;
using NUnit.Framework;

namespace Grading.Tests.Assignments;

/// <summary>Inline-YAML helpers for the loader tests.</summary>
internal static class SpecYaml
{
    public const string DisplayPath = "assignment.yml";
    public const string Directory = "/specs/demo";

    /// <summary>The top-level fields every test document needs. Exactly four lines, so a test's own
    /// text starts at line 5; line numbers asserted in the tests count from there.</summary>
    public const string Header = """
        id: demo
        title: Demo
        harness: Demo.Grading
        # (four lines, so line numbers below stay put)

        """;

    /// <summary>A valid <c>sections:</c> block (lines 5-12 when it follows <see cref="Header"/>).</summary>
    public const string OneSection = """
        sections:
          - id: "1.1"
            title: First
            points: 10
            driver: closed-form
            contract: Demo.IFirst
            checks:
              - { kind: weights, points: 10, tolerance: 0.001 }

        """;

    /// <summary>Parses with the engine's fields only; <paramref name="knownCheckKinds"/> null accepts any kind.</summary>
    public static AssignmentSpec Parse(string yaml, IReadOnlyCollection<string>? knownCheckKinds = null, IReadOnlyList<ISpecBlockParser>? blocks = null) =>
        AssignmentSpecLoader.Parse(yaml, DisplayPath, Directory, new SpecVocabulary(knownCheckKinds, blocks ?? []));

    public static AssignmentSpecException Error(string yaml, IReadOnlyCollection<string>? knownCheckKinds = null, IReadOnlyList<ISpecBlockParser>? blocks = null) =>
        Assert.Throws<AssignmentSpecException>(() => Parse(yaml, knownCheckKinds, blocks))!;
}
