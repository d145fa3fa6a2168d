using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Running;

/// <summary>
/// The options of a section's check run, the second call of Train, made on the hidden variant of the data: its length and
/// its torch seed are drawn from the variant's seed too, so that neither options.Epochs, the data's size, the seed nor the
/// call's order tells a submission which call is checked (docs/threat-model.md). The exact-replay checks work at any length.
/// </summary>
public static class CheckRunOptions
{
    /// <summary>The check run is between <see cref="TrainingSpec.ProbeEpochs"/> and this many times as long.</summary>
    public const int LengthSpread = 3;

    public static TrainingOptions For(TrainingSpec budget, int variantSeed)
    {
        // A generator of its own (the variant data's draws use the seed as it is): its sequence is fixed across .NET versions.
        var random = new Random(variantSeed ^ 0x2F6B_1C3D);
        int epochs = budget.ProbeEpochs + random.Next((LengthSpread - 1) * budget.ProbeEpochs + 1);
        return new TrainingOptions(Math.Min(epochs, budget.Epochs - 1), budget.LogEvery, random.Next());
    }
}
