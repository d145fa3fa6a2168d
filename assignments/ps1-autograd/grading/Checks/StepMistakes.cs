using Ps1Autograd.Grading.Reference;

namespace Ps1Autograd.Grading.Checks;

/// <summary>
/// The gradient-descent mistakes a probe's steps can be matched against exactly: each is an update rule that the
/// grader replays from the submission's own start and rate. A match names the mistake instead of its symptom.
/// </summary>
internal static class StepMistakes
{
    /// <summary>One mistaken update rule: <see cref="Step"/> makes a fresh (possibly stateful) in-place update.</summary>
    public sealed record Mistake(Func<LeastSquaresReference, double, Action<double[]>> Step, string Meaning);

    public static readonly IReadOnlyList<Mistake> All =
    [
        Scaled(-1, "your updates move uphill, exactly against the gradient: the sign of the gradient (or of the update) is flipped."),
        Scaled(0.5, "your steps are exactly half the exact ones: the factor 2 of d/dw (ŷ − y)² is missing from the gradient."),
        Scaled(2, "your steps are exactly twice the exact ones: the gradient is doubled (counted twice, or 2 applied twice)."),
        new((reference, lr) => w => Subtract(w, reference.Gradient(w), reference.Rows * lr),
            "your gradient is n times too large: it is the gradient of the sum of squared errors, not of their mean. Divide by n "
            + "(use .mean(), not .sum(), for the loss you differentiate)."),
        new((reference, lr) => w =>
            {
                double intercept = reference.Gradient(w)[0];
                for (int j = 0; j < w.Length; j++) w[j] -= lr * intercept;
            },
            "every weight moves by the intercept's gradient: the gradient of bⱼ is missing the feature xᵢⱼ. "
            + "Use ∂MSE/∂bⱼ = (2/n) Σᵢ (ŷᵢ − yᵢ) xᵢⱼ, multiplying each residual by that weight's feature."),
        new((reference, lr) => w =>
            {
                for (int j = 0; j < w.Length; j++) w[j] -= lr * reference.Gradient(w)[j];
            },
            "you update the weights one at a time and recompute the prediction in between, so b1's gradient already sees the "
            + "new b0: compute all seven gradients from the same prediction first, then update all seven weights."),
        new((reference, lr) =>
            {
                double[]? carried = null;
                return w =>
                {
                    double[] g = reference.Gradient(w);
                    carried = carried is null ? g : carried.Zip(g, (a, b) => a + b).ToArray();
                    Subtract(w, carried, lr);
                };
            },
            "the first step is exact but later ones are not: the gradient accumulates across epochs. Clear it after every update."),
    ];

    private static Mistake Scaled(double factor, string meaning) => new(ScaledStep(factor), meaning);

    /// <summary>Exact gradient steps at <paramref name="factor"/> times the rate: the right update when it is 1.</summary>
    public static Func<LeastSquaresReference, double, Action<double[]>> ScaledStep(double factor) =>
        (reference, lr) => w => Subtract(w, reference.Gradient(w), factor * lr);

    private static void Subtract(double[] w, double[] g, double rate)
    {
        for (int j = 0; j < w.Length; j++) w[j] -= rate * g[j];
    }
}
