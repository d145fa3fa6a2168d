using Grading.Core.Results;

namespace Grading.Tests.Isolation;

/// <summary>A hostile fixture that returns something huge, the verdict it must get and the cut note its result must carry.</summary>
/// <param name="Section">The section it hits; the others keep the reference's score.</param>
/// <param name="Message">Words the section's first problem must contain (null: none is asserted).</param>
/// <param name="Cut">Words of the note saying what was cut.</param>
public sealed record BoundedCase(string Fixture, string Section, SectionStatus Status, double Score, string? Message, string Cut)
{
    public override string ToString() => Fixture;
}
