namespace Grading.Tests.Architecture;

/// <summary>A generic type planted beside <see cref="PlantedTrainingRecord"/>: the detector must leave it alone.</summary>
internal sealed class PlantedReport(string title)
{
    public string Title => title;

    public double[] Values { get; } = [];
}
