using AutodiffWarmup.Grading;

namespace Grading.Tests.Autodiff;

public class DescentCheckTests
{
    private static Dictionary<string, double[]> Run(string key, double[] start, DescentMistake mistake, double lrFactor = 1)
    {
        var task = AutodiffChecks.Reference.Value.Descents[key];
        var path = DescentReplay.Trajectory(task.Problem, start, lrFactor * task.LearningRate, task.Steps, mistake);
        var values = new Dictionary<string, double[]> { [$"{key}.initial"] = start, [$"{key}.final"] = path[^1] };
        // Section 3's drivers record the whole path of their one parameter, as a submission's run would.
        if (start.Length == 1) values[$"{key}.trajectory"] = path.Select(p => p[0]).ToArray();
        return values;
    }

    private static Grading.Core.Checks.CheckOutcome Judge(string key, Dictionary<string, double[]> values) =>
        AutodiffChecks.Evaluate(new DescentCheck(), values, key, tolerance: 1e-4, relative: 1e-3);

    [Test]
    public void Judge_ExactDescentFromTheSubmissionsOwnStart_Passes()
    {
        var outcome = Judge("linear", Run("linear", [0.7, -1.1], DescentMistake.None));
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Does.Contain("30 steps from your start match exact gradient descent"));
    }

    [TestCase("manual", DescentMistake.SignFlipped, "the update goes uphill")]
    [TestCase("optimizer", DescentMistake.GradientAccumulates, "the gradients accumulate across steps")]
    [TestCase("hand", DescentMistake.HalfGradient, "the factor 2 of d/dŷ (ŷ − y)² is missing")]
    [TestCase("linear", DescentMistake.LastParameterFrozen, "b never moved")]
    public void Judge_KnownMistake_FailsNamingIt(string key, DescentMistake mistake, string named)
    {
        double[] start = key switch { "hand" => [0.3, -0.5, 0.8, -0.2], "linear" => [0.7, -1.1], _ => [2.5] };
        var outcome = Judge(key, Run(key, start, mistake));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain(named));
    }

    [Test]
    public void Judge_LearningRateTenTimesTooLarge_SaysWhichRateWasUsed()
    {
        var outcome = Judge("manual", Run("manual", [2.5], DescentMistake.None, lrFactor: 10));
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("learning rate 0.01; use 0.001"));
    }

    [Test]
    public void Judge_SameEndByAnotherPath_FailsOnThePath()
    {
        var values = Run("manual", [2.5], DescentMistake.None);
        values["manual.trajectory"] = values["manual.trajectory"].Select((x, k) => k == 10 ? x + 0.01 : x).ToArray();
        var outcome = Judge("manual", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("the steps on the way are not exact gradient steps"));
    }

    [Test]
    public void Judge_TrajectoryWithTheWrongNumberOfSteps_Fails()
    {
        var values = Run("manual", [2.5], DescentMistake.None);
        values["manual.trajectory"] = new double[99];
        Assert.That(Judge("manual", values).Message, Does.Contain("recorded 99 positions, expected one per step: 100"));
    }

    [Test]
    public void Judge_Diverged_SaysSo()
    {
        var values = Run("manual", [2.5], DescentMistake.None);
        values["manual.final"] = [double.NaN];
        Assert.That(Judge("manual", values).Message, Does.Contain("it diverged"));
    }
    [Test]
    public void Judge_HandFitWithTheMeanInsteadOfTheSum_SaysTheLossIsAveraged()
    {
        // The slides' 1/n in the hand-written gradient: descent at lr / n, which hardly moves from the start.
        var values = Run("hand", [0.3, -0.5, 0.8, -0.2], DescentMistake.None, lrFactor: 1.0 / AutodiffSettings.PolynomialPoints);
        var outcome = Judge("hand", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("your loss is the mean of squares; section 4's loss, as in the lecture's loop, is the sum"));
    }

    [Test]
    public void Judge_LinearFitWithTheSumInsteadOfTheMean_SaysTheLossIsSummed()
    {
        // Summed over 1500 points at lr 0.1 the fit diverges; the first loss it reports (n × the MSE) names the sum.
        double[] start = [0.7, -1.1];
        var values = Run("linear", start, DescentMistake.None, lrFactor: AutodiffSettings.RegressionSamples);
        var problem = AutodiffChecks.Reference.Value.Descents["linear"].Problem;
        values["linear.losses"] = [AutodiffSettings.RegressionSamples * problem.Loss(start)];
        var outcome = Judge("linear", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("your loss is the sum of squares; the notebook's loss is the mean"));
    }

    /// <summary>The MSE of the exact descent's parameters before each step (<paramref name="after"/>: after it).</summary>
    private static double[] Losses(double[] start, bool after = false)
    {
        var task = AutodiffChecks.Reference.Value.Descents["linear"];
        var path = DescentReplay.Trajectory(task.Problem, start, task.LearningRate, task.Steps);
        return Enumerable.Range(0, task.Steps).Select(k => task.Problem.Loss(after ? path[k] : k == 0 ? start : path[k - 1])).ToArray();
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Judge_CorrectLinearFitReportingTheMean_Passes(bool lossAfterTheUpdate)
    {
        double[] start = [0.7, -1.1];
        var values = Run("linear", start, DescentMistake.None);
        values["linear.losses"] = Losses(start, lossAfterTheUpdate);
        var outcome = Judge("linear", values);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Judge_LossHistoryNeverFilled_FailsNamingTheFirstStep()
    {
        double[] start = [0.7, -1.1];
        var values = Run("linear", start, DescentMistake.None);
        values["linear.losses"] = new double[Losses(start).Length];
        var outcome = Judge("linear", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("match exact gradient descent, but the losses you recorded are not the loss at each step: step 1 recorded 0"));
    }

    [Test]
    public void Judge_LossHistoryOfAnotherStart_FailsNamingTheReportedStart()
    {
        double[] start = [0.7, -1.1];
        var values = Run("linear", start, DescentMistake.None);
        values["linear.losses"] = Losses([0.9, -1.1]);
        var outcome = Judge("linear", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("is not the loss at the start you reported, [0.7, -1.1]"));
    }

    [Test]
    public void Judge_OneLossForThirtySteps_FailsCountingThem()
    {
        double[] start = [0.7, -1.1];
        var values = Run("linear", start, DescentMistake.None);
        values["linear.losses"] = [AutodiffChecks.Reference.Value.Descents["linear"].Problem.Loss(start)];
        var outcome = Judge("linear", values);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.Contain("it recorded 1 loss for 30 steps"));
    }
}
