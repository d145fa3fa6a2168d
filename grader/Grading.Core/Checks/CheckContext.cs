using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Grading.Core.Checks;

/// <summary>What a check judges: the section's raw run against the assignment and the reference.</summary>
/// <param name="Reference">The session's reference (<see cref="IAssignmentSession.Reference"/>): its type is the
/// harness's business, so a harness's checks cast it with <see cref="ReferenceAs{T}"/> and the engine's generic
/// checks look values up through <see cref="IReferenceValues"/>.</param>
public sealed record CheckContext(AssignmentSpec Assignment, SectionSpec Section, CheckSpec Spec, SectionRun Run, object Reference)
{
    /// <summary>The reference as the type this check's harness gave it; a mismatch is a harness bug, said plainly.</summary>
    public T ReferenceAs<T>() where T : class => Reference as T
        ?? throw new InvalidOperationException($"The '{Spec.Kind}' check needs a {typeof(T).Name} reference, but the assignment's session gives a {Reference.GetType().Name}.");

    public CheckOutcome Pass(string message, string? name = null) =>
        new(name ?? Spec.Kind, Spec.Kind, true, false, Spec.Points, Spec.Points, message);

    public CheckOutcome Fail(string message, string? name = null) =>
        new(name ?? Spec.Kind, Spec.Kind, false, false, 0, Spec.Points, message);
}
