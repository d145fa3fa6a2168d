using Grading.Core.Assignments;
using Grading.Core.Compiling;
using Grading.Core.Policy;
using Grading.Core.Rules;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>
/// What the static policy lets run: a section whose code breaks it is not run (its error lists every
/// violation), a violation in code that runs by itself (a module initializer) stops the whole
/// submission, and violations in code nothing can reach are warnings beside the compiler's.
/// </summary>
internal sealed class PolicyGate(PolicyReport report)
{
    public const string DiagnosticId = "POLICY";

    public static PolicyGate Check(CompilationOutcome compiled, AssignmentSpec spec) =>
        new(PolicyChecker.Check(compiled.Compilation, spec.Sections.Select(s => s.Contract).ToList(), DefaultPolicy.AppliedTo(spec)));

    /// <summary>No policy at all (<see cref="GradingOptions.SkipStaticPolicy"/>: tests of the sandbox alone).</summary>
    public static PolicyGate None { get; } = new(new PolicyReport(new Dictionary<string, IReadOnlyList<RuleViolation>>(), [], []));

    public bool BlocksAll => report.Blocking.Count > 0;

    public bool Blocks(SectionSpec section) => BlocksAll || report.ForSection(section.Contract).Count > 0;

    public SectionRun Rejected(SectionSpec section)
    {
        var violations = BlocksAll ? report.Blocking : report.ForSection(section.Contract);
        string why = BlocksAll
            ? "the submission runs code on loading that breaks the grading policy, so nothing was run"
            : $"{section.Id} was not run: its code breaks the grading policy";
        return new SectionRun
        {
            SectionId = section.Id,
            Outcome = RunOutcome.NotRun,
            Error = $"{why}. {string.Join(" ", violations.Select(v => v.Message))}",
        };
    }

    /// <summary>Blocking violations as errors and unreachable ones as warnings, in the compiler's form.</summary>
    public IEnumerable<CompilerDiagnostic> Diagnostics() =>
        report.Blocking.Select(v => Diagnostic(v, "error"))
            .Concat(report.Unreachable.Select(v => Diagnostic(v, "warning") with
            {
                Message = v.Message + " (This code is never called, so it was not run; remove it.)",
            }));

    private static CompilerDiagnostic Diagnostic(RuleViolation v, string severity) =>
        new(v.File, v.Line, v.Column, severity, DiagnosticId, v.Message, v.Code);
}
