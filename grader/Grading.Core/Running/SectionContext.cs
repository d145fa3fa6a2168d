using Grading.Core.Assignments;

namespace Grading.Core.Running;

/// <summary>What a driver gets besides the implementation: the assignment, its prepared session,
/// and a way to run timed, captured calls.</summary>
public sealed class SectionContext
{
    public required AssignmentSpec Assignment { get; init; }
    public required IAssignmentSession Session { get; init; }
    public required GuardedInvoker Invoker { get; init; }
    /// <summary>Where tensor sections run (<c>cpu</c>, <c>cuda</c>).</summary>
    public required string Device { get; init; }
    /// <summary>The seed of this submission's hidden data variant, for drivers that also run their section on it.</summary>
    public int VariantSeed { get; init; }
}
