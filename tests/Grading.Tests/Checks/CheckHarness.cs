using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Tests.Checks;

/// <summary>Builds check contexts for the engine's generic check kinds (rules, answers, values).</summary>
internal static class CheckHarness
{
    /// <summary>The engine's kinds alone: what the generic checks are registered under.</summary>
    public static readonly CheckRegistry Engine = new(CheckRegistry.Generic);

    public static AssignmentSpec Assignment(SectionSpec section) => new()
    {
        Id = "test", Title = "test", Harness = "none", Directory = ".", Sections = [section],
    };

    public static SectionSpec Section(CheckSpec check, IReadOnlyList<QuestionSpec>? questions = null, IReadOnlyList<RuleSpec>? rules = null) => new()
    {
        Id = "1.2", Title = "GD", Points = check.Points, Driver = "none", Contract = "none", Checks = [check],
        Questions = questions ?? [], Rules = rules ?? [],
    };

    /// <summary>Every outcome the section's checks yield (answers yields one per question); the generic kinds need no reference.</summary>
    public static IReadOnlyList<CheckOutcome> EvaluateSection(SectionSpec section, SectionRun run) =>
        section.Checks.SelectMany(spec => Engine[spec.Kind]
            .Evaluate(new CheckContext(Assignment(section), section, spec, run, new object()))).ToList();
}
