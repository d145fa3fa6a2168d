using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>An assignment as every command loads it: the validated spec, its harness and every check kind it may use.</summary>
public sealed record LoadedAssignment(AssignmentSpec Spec, IAssignmentHarness Harness, CheckRegistry Checks);
