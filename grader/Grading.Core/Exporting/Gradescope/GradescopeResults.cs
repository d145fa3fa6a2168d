namespace Grading.Core.Exporting.Gradescope;

/// <summary>Gradescope's <c>/autograder/results/results.json</c> (gradescope-autograders.readthedocs.io, "Autograder
/// Specifications"). The top-level score overrides the sum of the tests' in Gradescope, and is the grade.</summary>
/// <param name="ExecutionTime">Whole seconds, as Gradescope expects.</param>
/// <param name="Output">The summary table, as a Markdown code block (<see cref="OutputFormat"/>).</param>
/// <param name="OutputFormat"><c>md</c>: Gradescope's default for the top-level output, <c>simple_format</c>, renders
/// HTML, so <c>Vector&lt;double&gt;</c> would lose its <c>&lt;double&gt;</c> and the table its columns.</param>
/// <param name="TestOutputFormat">The default for every test's output (each test also names its own).</param>
public sealed record GradescopeResults(double Score, int ExecutionTime, string Output, string OutputFormat, string TestOutputFormat,
    string TestNameFormat, IReadOnlyList<GradescopeTest> Tests);
