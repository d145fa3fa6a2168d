using Grading.Core.Assignments;
using Grading.Core.Bounds;
using Grading.Core.Compiling;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>Finds the submission's class for a section, creates it under guard, and hands it to the driver.</summary>
internal sealed class SectionExecutor(AssignmentSpec spec, IAssignmentHarness harness, IAssignmentSession session, GuardedInvoker invoker)
{
    private readonly Dictionary<string, ISectionDriver> _drivers = harness.Drivers.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>Runs the section and bounds what it produced (<see cref="RunBoundary"/>) before anyone serializes it.</summary>
    public SectionRun Run(SectionSpec section, SubmissionAssembly assembly, int variantSeed) =>
        RunBoundary.Apply(RunUnbounded(section, assembly, variantSeed), RunBounds.Default);

    private SectionRun RunUnbounded(SectionSpec section, SubmissionAssembly assembly, int variantSeed)
    {
        if (!_drivers.TryGetValue(section.Driver, out var driver))
            throw new GradingException($"assignment.yml: section {section.Id} names driver '{section.Driver}', which {spec.Harness} does not have "
                + $"(it has: {string.Join(", ", _drivers.Keys)}).");
        var contract = FindContract(section.Contract);
        var candidates = assembly.ImplementationsOf(contract);
        if (candidates.Count != 1)
            return Missing(section, candidates.Count == 0
                ? $"no public class implements {contract.Name}: add one (see the template's file for section {section.Id})."
                : $"{candidates.Count} classes implement {contract.Name} ({string.Join(", ", candidates.Select(c => c.Name))}): keep exactly one.");
        var created = invoker.Invoke(() => Activator.CreateInstance(candidates[0]), TimeSpan.FromSeconds(section.TimeLimitSeconds),
            $"creating {candidates[0].Name}");
        if (!created.Completed || created.Value is null)
            return new SectionRun
            {
                SectionId = section.Id, Outcome = created.Outcome, Error = created.Error, Output = created.Output, RulesChecked = true,
                DurationMs = created.DurationMs, // the constructor ran this long: a report must not say 0 s
            };
        var context = new SectionContext { Assignment = spec, Session = session, Invoker = invoker, Device = session.Device, VariantSeed = variantSeed };
        var run = driver.Run(created.Value, section, context) with { RulesChecked = true };
        return MemoryAdvice.For(section, invoker.MemoryCollected) is { } advice ? run with { Advice = [.. run.Advice ?? [], advice] } : run;
    }

    private Type FindContract(string fullName) =>
        harness.SubmissionReferences.Select(a => a.GetType(fullName)).FirstOrDefault(t => t is not null)
        ?? throw new GradingException($"assignment.yml names contract '{fullName}', which none of {spec.Harness}'s contract assemblies define.");

    private static SectionRun Missing(SectionSpec section, string why) =>
        new() { SectionId = section.Id, Outcome = RunOutcome.MissingImplementation, Error = why };
}
