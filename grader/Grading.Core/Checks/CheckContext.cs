using Grading.Core.Assignments;
using Grading.Core.Reference;
using Grading.Core.Running;

namespace Grading.Core.Checks;

/// <summary>What a check judges: the section's raw run against the assignment and the reference.</summary>
public sealed record CheckContext(AssignmentSpec Assignment, SectionSpec Section, CheckSpec Spec, SectionRun Run, LeastSquaresReference Reference)
{
    public TrainingSpec Training => Assignment.Training
        ?? throw new InvalidOperationException($"Section {Section.Id} has a training check but assignment.yml has no 'training' block.");

    public CheckOutcome Pass(string message, string? name = null) =>
        new(name ?? Spec.Kind, Spec.Kind, true, false, Spec.Points, Spec.Points, message);

    public CheckOutcome Fail(string message, string? name = null) =>
        new(name ?? Spec.Kind, Spec.Kind, false, false, 0, Spec.Points, message);
}
