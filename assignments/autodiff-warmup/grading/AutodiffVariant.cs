namespace AutodiffWarmup.Grading;

/// <summary>
/// The hidden variant of the warm-up's inputs, made from a seed the submission never sees (docs/threat-model.md): another
/// point for the gradients (1, 2), another start and target for the descent (3), another target curve for the polynomial
/// fit (4) and other regression data (5). Each is as well posed as the notebook's own, so right code passes on any of them,
/// and the right answers are nothing like the notebook's, so answers written in fail. Section 6 keeps its own defence: the
/// network is judged on a validation split the grader keeps.
/// </summary>
public sealed record AutodiffVariant(double CubicA, double CubicB, double SinX, double Start, double Target, double Amplitude, double Phase, int RegressionSeed, double RegressionBias)
{
    public static AutodiffVariant Make(int seed)
    {
        var random = new Random(seed ^ 0x4A7C_15E3); // its own sequence, fixed across .NET versions
        double Between(double low, double high) => low + (high - low) * random.NextDouble();
        return new AutodiffVariant(
            CubicA: Between(-4, 4), CubicB: Between(-4, 4), SinX: Between(0.3, 2.5),
            // sin(x)·x² falls from 3.9 at x = 2.4 to 0.4 at x = 3.1: from a start in [2.4, 2.7] (the notebook's is 2.5) a target in
            // [0.6, 1.6] (the notebook's is 1) is approached by steady descent at the notebook's rate.
            Start: Between(2.4, 2.7), Target: Between(0.6, 1.6),
            Amplitude: Between(0.6, 1.4), Phase: Between(-0.6, 0.6),
            RegressionSeed: random.Next(), RegressionBias: Between(-3, 3));
    }

    /// <summary>Section 4's target on the variant: amplitude · sin(x + phase).</summary>
    public double[] PolynomialTarget(double[] x) => x.Select(v => Amplitude * Math.Sin(v + Phase)).ToArray();

    /// <summary>Section 5's data on the variant: the same recipe, another coefficient, bias and noise.</summary>
    public RegressionData Regression() =>
        RegressionData.Make(AutodiffSettings.RegressionSamples, AutodiffSettings.RegressionNoise, RegressionBias, RegressionSeed);
}
