using Grading.Core.Assignments;
using Grading.Tests.Assignments;
using Ps1Autograd.Grading.Spec;

namespace Grading.Tests.Ps1.Spec;

/// <summary>Inline YAML parsed with PS1's blocks (<c>data</c>, <c>training</c>) added to the engine's fields.</summary>
internal static class Ps1SpecYaml
{
    public static AssignmentSpec Parse(string yaml) => SpecYaml.Parse(yaml, blocks: Ps1Blocks.Parsers);

    public static AssignmentSpecException Error(string yaml) => SpecYaml.Error(yaml, blocks: Ps1Blocks.Parsers);
}
