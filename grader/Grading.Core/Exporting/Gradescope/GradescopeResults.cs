namespace Grading.Core.Exporting.Gradescope;

/// <summary>Gradescope's <c>/autograder/results/results.json</c>. The top-level score overrides the sum of
/// the tests' in Gradescope, and is the same number.</summary>
/// <param name="ExecutionTime">Whole seconds, as Gradescope expects.</param>
public sealed record GradescopeResults(double Score, int ExecutionTime, string Output, IReadOnlyList<GradescopeTest> Tests);
