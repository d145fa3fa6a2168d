using System.Reflection;
using Grading.Core.Assignments;

namespace Grading.Core.Running;

/// <summary>
/// An assignment's code, found by the name in <c>harness:</c>: the assemblies a submission compiles
/// against, and the drivers that call its sections.
/// </summary>
public interface IAssignmentHarness
{
    /// <summary>Assemblies a submission may reference (contracts and allowed libraries).</summary>
    IReadOnlyList<Assembly> SubmissionReferences { get; }

    IReadOnlyList<ISectionDriver> Drivers { get; }

    /// <summary>Prepares what every submission shares (data, reference solution) once.</summary>
    IAssignmentSession Open(AssignmentSpec spec, GradingOptions options);
}
