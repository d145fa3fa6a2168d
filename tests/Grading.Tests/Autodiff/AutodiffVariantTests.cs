using AutodiffWarmup.Grading;

namespace Grading.Tests.Autodiff;

/// <summary>
/// The warm-up's hidden variants are well posed (the notebook's method succeeds on every one) and unlike the notebook's
/// inputs (answers written in for those fail on every one), over many seeds.
/// </summary>
public class AutodiffVariantTests
{
    private static readonly int[] Seeds = Enumerable.Range(0, 200).Select(i => i * 7_919 + 13).ToArray();

    private static AutodiffReference Real => AutodiffChecks.Reference.Value;

    [Test]
    public void Make_SameSeed_GivesTheSameVariant()
    {
        Assert.That(AutodiffVariant.Make(42), Is.EqualTo(AutodiffVariant.Make(42)));
        Assert.That(AutodiffVariant.Make(42), Is.Not.EqualTo(AutodiffVariant.Make(43)));
    }

    [Test]
    public void Variant_EverySeed_ItsDescentsConvergeAndItsAnswersDifferFromTheNotebooks()
    {
        foreach (int seed in Seeds)
        {
            var variant = Real.Variant(seed);
            // Section 3: the notebook's rate and steps bring the variant's start towards its target, never diverging.
            var descent = variant.Descents["manual"];
            double start = AutodiffVariant.Make(seed).Start;
            double[] end = DescentReplay.Final(descent.Problem, [start], descent.LearningRate, descent.Steps);
            Assert.That(double.IsFinite(end[0]) && descent.Problem.Loss(end) < descent.Problem.Loss([start]) * 0.5, $"seed {seed}: section 3 descends");
            // Sections 1, 2, 4, 5: the notebook's answers are off by more than the checks' tolerances.
            Assert.That(Gap(variant.Value("cubic.grad")!, Real.Value("cubic.grad")!), Is.GreaterThan(1e-3), $"seed {seed}: cubic");
            Assert.That(Gap(variant.Value("accumulation")!, Real.Value("accumulation")!), Is.GreaterThan(1e-3), $"seed {seed}: accumulation");
            Assert.That(Gap(variant.Value("cubic.least-squares")!, Real.Value("cubic.least-squares")!), Is.GreaterThan(0.1), $"seed {seed}: cubic fit");
            Assert.That(Gap(variant.Value("linear.truth")!, Real.Value("linear.truth")!), Is.GreaterThan(1), $"seed {seed}: regression");
        }
    }

    [Test]
    public void Variant_EverySeed_SectionFivesDescentEndsWithinTheValuesToleranceOfTheTruth()
    {
        // The values check on linear.final: 0.05 + 1 % of each true value. A student's start is random; ±3 covers it.
        foreach (int seed in Seeds)
        {
            var variant = Real.Variant(seed);
            var task = variant.Descents["linear"];
            double[] truth = variant.Value("linear.truth")!;
            foreach (double[] start in new[] { new[] { 0.0, 0.0 }, [3.0, -3.0], [-3.0, 3.0] })
            {
                double[] end = DescentReplay.Final(task.Problem, start, task.LearningRate, task.Steps);
                for (int j = 0; j < 2; j++)
                    Assert.That(Math.Abs(end[j] - truth[j]), Is.LessThanOrEqualTo(0.05 + 0.01 * Math.Abs(truth[j])), $"seed {seed}, start [{start[0]}, {start[1]}], parameter {j}");
            }
        }
    }

    private static double Gap(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
