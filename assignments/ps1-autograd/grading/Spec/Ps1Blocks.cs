using Grading.Core.Assignments;
using Grading.Core.Data;

namespace Ps1Autograd.Grading.Spec;

/// <summary>PS1's own blocks of assignment.yml (<c>data:</c>, <c>training:</c>), which the engine hands over unread.</summary>
public static class Ps1Blocks
{
    public const string Data = "data";
    public const string Training = "training";

    public static IReadOnlyList<ISpecBlockParser> Parsers { get; } = [new DataSpecParser(), new TrainingSpecParser()];

    public static DataSpec DataOf(AssignmentSpec spec) => spec.Block<DataSpec>(Data)
        ?? throw new DataException($"{spec.Id} needs a '{Data}' block in assignment.yml.");

    /// <summary>The training budget; a spec with training sections and no budget is an instructor's mistake, said plainly.</summary>
    public static TrainingSpec TrainingOf(AssignmentSpec spec) => spec.Block<TrainingSpec>(Training)
        ?? throw new InvalidOperationException($"{spec.Id} has gradient-descent sections, but assignment.yml has no '{Training}' block.");
}
