using System.Reflection;
using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Figures;

namespace Grading.Core.Running;

/// <summary>
/// An assignment's code, found by the name in <c>harness:</c>: the assemblies a submission compiles
/// against, the drivers that call its sections, and the check kinds only it knows.
/// </summary>
public interface IAssignmentHarness
{
    /// <summary>Assemblies a submission may reference (contracts and allowed libraries).</summary>
    IReadOnlyList<Assembly> SubmissionReferences { get; }

    IReadOnlyList<ISectionDriver> Drivers { get; }

    /// <summary>The assignment's own check kinds, added to the engine's generic ones (rules, answers, values).
    /// They must be constructible without a session: rescoring a saved result builds them and runs nothing.</summary>
    IReadOnlyList<ICheck> Checks => [];

    /// <summary>The top-level blocks of assignment.yml the harness owns and parses (e.g. PS1's <c>data</c>, <c>training</c>).</summary>
    IReadOnlyList<ISpecBlockParser> SpecBlocks => [];

    /// <summary>The section's charts and tables for the report, drawn at scoring time (and again when rescoring).
    /// By default every long recorded value is drawn as a line.</summary>
    ISectionFigures Figures => SeriesFigures.Instance;

    /// <summary>Prepares what every submission shares (data, reference solution) once.</summary>
    IAssignmentSession Open(AssignmentSpec spec, GradingOptions options);
}
