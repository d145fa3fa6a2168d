using Grading.Core.Checks;
using Ps1Autograd.Grading.Reference;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The data a training section's check run was made on: the hidden variant when its seed is recorded (every run graded
/// since the variant exists), else the real data (a result saved before it, rescored). Its steps are replayed there.
/// </summary>
internal static class CheckRunReference
{
    public static LeastSquaresReference Of(CheckContext context) =>
        context.Run.VariantSeed is { } seed ? context.ReferenceAs<LeastSquaresReference>().Variant(seed) : context.ReferenceAs<LeastSquaresReference>();

    /// <summary>Whether the check run was made on the hidden variant.</summary>
    public static bool OnVariant(CheckContext context) => context.Run.VariantSeed is not null;

    /// <summary>How the variant is named to a student: what it is, never its values.</summary>
    public static string Described(LeastSquaresReference variant) =>
        $"a second data set the grader made from yours ({variant.Rows} of its rows, another target), which your code never sees in advance";
}
