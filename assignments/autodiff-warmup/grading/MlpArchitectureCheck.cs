using Grading.Core.Checks;

namespace AutodiffWarmup.Grading;

/// <summary>The network is 1 → 32 → 32 → 1 (its parameter count) and not affine (ReLU between the layers).</summary>
public sealed class MlpArchitectureCheck : ICheck
{
    public string Kind => "mlp-architecture";

    // A network of only Linear layers is exactly affine: its curve on [−1, 1] stays within float32 noise of the
    // chord. The reference's curve bows about 1 away from it (x² from −1 to 1); 0.05 separates the two widely.
    private const double MinimumCurvature = 0.05;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var values = context.Run.Values;
        double parameters = values?.GetValueOrDefault("mlp.parameters")?.FirstOrDefault() ?? double.NaN;
        double curvature = values?.GetValueOrDefault("mlp.curvature")?.FirstOrDefault() ?? double.NaN;
        var rows = new List<ComparedValue>
        {
            new("parameters", parameters, AutodiffSettings.MlpParameterCount, 0, parameters == AutodiffSettings.MlpParameterCount),
            new("distance of the curve from a straight line", curvature, MinimumCurvature, null, curvature >= MinimumCurvature),
        };
        CheckOutcome outcome = !rows[0].Ok
            ? context.Fail($"the network has {Numbers.Format(parameters)} parameters; Linear(1, 32), Linear(32, 32), Linear(32, 1) have {AutodiffSettings.MlpParameterCount}.")
            : !rows[1].Ok
                ? context.Fail($"the network is a straight line (it bows only {Numbers.Format(curvature)} from one on [−1, 1]): without nn.ReLU() between the Linear layers they collapse into one linear map, which cannot bend into x².")
                : context.Pass($"{AutodiffSettings.MlpParameterCount} parameters, and the curve bends ({Numbers.Format(curvature)} from a straight line).");
        return [outcome with { Compared = rows }];
    }
}
