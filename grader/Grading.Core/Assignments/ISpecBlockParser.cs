using YamlDotNet.RepresentationModel;

namespace Grading.Core.Assignments;

/// <summary>
/// A top-level block of <c>assignment.yml</c> that the assignment's harness owns and reads (PS1's <c>data:</c>
/// and <c>training:</c>): the engine validates everything else and hands this block's mapping over, so the
/// engine knows nothing of what an assignment configures. Read the mapping with a <see cref="YamlMappingReader"/>
/// on <paramref name="scope"/> so problems are reported like the engine's own (<c>assignment.yml(line,col): ...</c>,
/// unknown keys rejected with a suggestion).
/// </summary>
public interface ISpecBlockParser
{
    /// <summary>The top-level key, e.g. <c>training</c>.</summary>
    string Key { get; }

    /// <summary>Reads and validates the block; throws <see cref="AssignmentSpecException"/> (via the reader) on a problem.
    /// The value is stored in <see cref="AssignmentSpec.Blocks"/> under <see cref="Key"/>.</summary>
    object Parse(YamlMappingNode mapping, SpecScope scope);
}
