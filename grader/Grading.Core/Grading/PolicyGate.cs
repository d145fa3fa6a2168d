using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Policy;
using Grading.Core.Rules;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>
/// What the static policy lets run: a section whose code breaks it is not run (its error lists every
/// violation), and a violation no single section can be held to (a module initializer, or code the grader
/// cannot place) stops the whole submission, reported beside the compiler's errors.
/// </summary>
internal sealed class PolicyGate(PolicyReport report)
{
    public const string DiagnosticId = "POLICY";

    public static PolicyGate Check(CompilationOutcome compiled, AssignmentSpec spec) =>
        new(PolicyChecker.Check(compiled.Compilation, spec.Sections.Select(s => s.Contract).ToList(), DefaultPolicy.AppliedTo(spec)));

    /// <summary>No policy at all (<see cref="GradingOptions.SkipStaticPolicy"/>: tests of the sandbox alone).</summary>
    public static PolicyGate None { get; } = new(new PolicyReport(new Dictionary<string, IReadOnlyList<RuleViolation>>(), [], []));

    public bool BlocksAll => report.BlocksAll;

    public bool Blocks(SectionSpec section) => BlocksAll || report.ForSection(section.Contract).Count > 0;

    public SectionRun Rejected(SectionSpec section)
    {
        var (why, violations) = report switch
        {
            { OnLoad.Count: > 0 } => ("the submission runs code on loading that breaks the grading policy, so nothing was run", report.OnLoad),
            { Unattributed.Count: > 0 } => ("the submission has code that breaks the grading policy where no single section can be held to it, so nothing was run", report.Unattributed),
            _ => ($"{section.Id} was not run: its code breaks the grading policy", report.ForSection(section.Contract)),
        };
        return new SectionRun
        {
            SectionId = section.Id,
            Outcome = RunOutcome.NotRun,
            Error = $"{why}. {string.Join(" ", violations.Select(v => v.Message))}",
        };
    }

    /// <summary>The violations that stop the whole submission, as errors in the compiler's form.</summary>
    public IEnumerable<CompilerDiagnostic> Diagnostics() =>
        report.OnLoad.Concat(report.Unattributed).Select(v => new CompilerDiagnostic(v.File, v.Line, v.Column, "error", DiagnosticId, v.Message, v.Code));
}
