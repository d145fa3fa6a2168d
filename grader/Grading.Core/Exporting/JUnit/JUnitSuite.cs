namespace Grading.Core.Exporting.JUnit;

/// <summary>One <c>testsuite</c>: the compilation, or a section.</summary>
/// <param name="ClassName">Every case's <c>classname</c>: the assignment, a dot, and a name with no dot in it (see <see cref="JUnitCases.ClassName"/>).</param>
/// <param name="Properties">name/value pairs: the section's points and status, each case's points.</param>
internal sealed record JUnitSuite(string Name, string ClassName, double Seconds, IReadOnlyList<JUnitCase> Cases,
    IReadOnlyList<KeyValuePair<string, string>> Properties, string? Output = null, string? Errors = null)
{
    /// <summary>The first place a failed case points at: the suite's <c>file</c> attribute (the only place junit-10.xsd
    /// allows one), which CI reporters use for every case of the suite that has no file of its own.</summary>
    public string? File => Cases.Where(c => c.Outcome is "failure" or "error").SelectMany(c => c.Locations).FirstOrDefault()?.File;
}
