namespace Grading.Tests.Architecture;

/// <summary>A PS1-shaped type planted for the vocabulary detector's own test: it must be found.</summary>
internal sealed class PlantedTrainingRecord(int epochs)
{
#pragma warning disable CS0169, IDE0051 // never used: only its name matters
    private readonly string? _housing;
#pragma warning restore CS0169, IDE0051

    public int Epochs => epochs;

    public double[] FinalWeights { get; } = [];
}
