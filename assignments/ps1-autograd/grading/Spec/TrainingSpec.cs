namespace Ps1Autograd.Grading.Spec;

/// <summary>The training budget every gradient-descent section is given.</summary>
public sealed class TrainingSpec
{
    public required int Epochs { get; init; }
    /// <summary>The loss must be printed when <c>epoch % LogEvery == 0</c>.</summary>
    public required int LogEvery { get; init; }
    /// <summary>Epochs of the short second run used to check single gradient steps.</summary>
    public int ProbeEpochs { get; init; } = 3;
}
