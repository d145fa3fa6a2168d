using Grading.Core.Results;

namespace Grading.Tests.Isolation;

/// <summary>A hostile fixture (tests/fixtures/hostile) and the verdict isolation must give it.</summary>
/// <param name="Sections">The sections it hits; every other section must keep the reference's score.</param>
/// <param name="Status">The status of each section it hits.</param>
/// <param name="Message">Words the first problem of each section it hits must contain.</param>
public sealed record HostileCase(string Fixture, string[] Sections, SectionStatus Status, string Message)
{
    /// <summary>Whether the verdict is a timeout: such a fixture is graded with short limits, to be quick.</summary>
    public bool HitsTimeLimit => Message.Contains("time limit", StringComparison.Ordinal);

    public override string ToString() => Fixture;
}
