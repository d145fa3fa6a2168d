namespace Grading.Tests.Isolation;

/// <summary>
/// A fixture of tests/fixtures/hostile that tries to reach outside its worker by a way the old policy did not
/// see (an API that opens a path itself, code compiled at run time, a callback after the section returned, a
/// call the compiler makes on its own), and what each mode must make of it.
/// </summary>
/// <param name="Sections">The sections graded (the attacked one and any it needs); every one but
/// <paramref name="Attacked"/> must keep the reference's full marks.</param>
/// <param name="Attacked">The section that carries the attack.</param>
/// <param name="PolicyVerdict">Words the attacked section's error must contain with the policy on: the API
/// named, the rule's reason and the place (or, for legal code, the wrong answer).</param>
/// <param name="RanEvidence">Words the attacked section's error or output must contain with the policy off,
/// showing its code did run (and was stopped by the sandbox, not by the policy).</param>
/// <param name="PassesWithPolicyOff">The attacked section's status with the policy off: false, an error (its
/// code throws "wrote nothing" when every attempt failed); true, passed (its code wrote, or means to write,
/// only after returning the right answer).</param>
public sealed record BypassCase(
    string Fixture, string[] Sections, string Attacked, string[] PolicyVerdict, string RanEvidence, bool PassesWithPolicyOff = false)
{
    /// <summary>Its code means to write after the section returned (a timer): the test waits past that moment.</summary>
    public bool WritesLate { get; init; }

    /// <summary>Its evidence is a report of each path it tried ("wrote nothing: /root/…: …"), not a line of output.</summary>
    public bool ReportsEachAttempt => RanEvidence.Contains(" nothing", StringComparison.Ordinal);

    public override string ToString() => Fixture;
}
