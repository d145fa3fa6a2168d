using System.Globalization;
using Grading.Core.Assignments;
using Grading.Core.Figures;
using Grading.Core.Running;
using Ps1Autograd.Grading.Reference;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Figures;

/// <summary>
/// PS1's report figures: the weights beside the least-squares weights (out-of-tolerance ones flagged), the loss
/// per epoch of a training run on log scales (loss and epoch) with the optimum marked, and for closed-form weights the errors of
/// the predictions as the notebook plots them (scatter and density).
/// </summary>
public sealed class Ps1Figures : ISectionFigures
{
    public IReadOnlyList<SectionFigure> For(AssignmentSpec assignment, SectionSpec section, SectionRun run, object reference)
    {
        if (reference is not LeastSquaresReference leastSquares) return [];
        var figures = new List<SectionFigure>();
        double[]? weights = run.Values?.GetValueOrDefault(Ps1Values.Weights);
        if (weights is not null) figures.Add(WeightTable(section, weights, leastSquares));
        var training = TrainingRecord.Graded(run);
        if (training is { LossHistory.Length: > 0 }) figures.Add(Loss(section, training, leastSquares));
        if (training is null && weights is not null && weights.Length == leastSquares.Dimension && weights.All(double.IsFinite)
            && FigureSample.Of(leastSquares.Residuals(weights)) is { } residuals)
            figures.Add(Residuals(section, residuals));
        return figures;
    }

    private static SectionFigure WeightTable(SectionSpec section, double[] submitted, LeastSquaresReference reference)
    {
        // The same tolerance the weights check applied; without a weights check only missing weights are flagged.
        double tolerance = section.Checks.FirstOrDefault(c => c.Kind == "weights") is { } check ? check.Tolerance ?? 1e-3 : double.PositiveInfinity;
        int count = Math.Max(submitted.Length, reference.Dimension);
        var rows = Enumerable.Range(0, count).Select(j =>
        {
            double? mine = j < submitted.Length ? submitted[j] : null;
            double? theirs = j < reference.Dimension ? reference.Weights[j] : null;
            bool ok = mine - theirs is { } d && Math.Abs(d) <= tolerance;
            return new FigureRow($"b{j}", j < reference.WeightNames.Count ? reference.WeightNames[j] : "", mine, theirs, ok);
        }).ToList();
        return new SectionFigure
        {
            Kind = FigureKind.Table,
            Title = "Weights",
            Caption = "The submitted weights beside the grader's least-squares weights (QR, float64).",
            NameHeading = "Weight",
            LabelHeading = "Column",
            Rows = rows,
        };
    }

    private static SectionFigure Loss(SectionSpec section, TrainingRecord training, LeastSquaresReference reference)
    {
        double[] losses = training.LossHistory;
        string rate = training.LearningRate.ToString("G4", CultureInfo.InvariantCulture);
        return new SectionFigure
        {
            Kind = FigureKind.Line,
            Title = $"{section.Id}: loss per epoch",
            Description = $"The mean squared error of each of the {losses.Length} epochs, both on log scales, with the least-squares optimum marked.",
            Caption = $"Loss per epoch of the graded run (learning rate {rate}); the dashed line is the least-squares optimum.",
            XLabel = "epoch",
            YLabel = "MSE (scaled units², log scale)",
            LogY = true,
            // Epochs on a log scale too: gradient descent does most of its falling in the first tens of 5000 epochs,
            // which a linear axis squeezes into its first pixels. Every run gets the same scale, long or short, so
            // reports compare at a glance; an inset of the first epochs would need a cut-off chosen per run.
            LogX = true,
            Series = [FigureSeries.OfValue("graded run", $"{Ps1Values.TrainingPrefix}.loss_history")],
            Markers = [new FigureMarker(reference.OptimalLoss, $"optimum {reference.OptimalLoss.ToString("0.0000", CultureInfo.InvariantCulture)}")],
        };
    }

    private static SectionFigure Residuals(SectionSpec section, FigureSample residuals) => new()
    {
        Kind = FigureKind.Sample,
        Title = $"{section.Id}: the error of the predictions from the truth",
        Description = "Prediction minus truth of the rows, against the row.",
        Caption = "Errors of the weights' predictions.",
        DensityCaption = "Density of the errors: a well-specified model gives a narrow, centred bell.",
        XLabel = "row",
        YLabel = "prediction − truth (scaled units)",
        Markers = [new FigureMarker(0, "0")],
        Sample = residuals,
    };
}
