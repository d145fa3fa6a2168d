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
}
