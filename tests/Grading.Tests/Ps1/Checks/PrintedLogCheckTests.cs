using Grading.Core.Checks;
using Ps1Autograd.Grading.Checks;
using static Grading.Tests.Ps1.Checks.Ps1CheckHarness;

namespace Grading.Tests.Ps1.Checks;

public class PrintedLogCheckTests
{
    // The assignment asks for 5000 epochs logged every 1000: epochs 0, 1000, …, 4000.
    private static CheckOutcome Judge(params int[] epochs) =>
        Judge(string.Join("\n", epochs.Select(e => $"Epoch:{e}, loss:{0.5 + 1.0 / (e + 1)}")));

    private static CheckOutcome Judge(string output) =>
        Evaluate(new PrintedLogCheck(), Run(Converged.Value, output: output));

    [Test]
    public void Evaluate_AllFiveLines_Passes()
    {
        var outcome = Judge(0, 1000, 2000, 3000, 4000);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
        Assert.That(outcome.Message, Is.EqualTo("loss printed at epochs 0, 1000, 2000, 3000, 4000."));
    }

    [Test]
    public void Evaluate_MissingEpoch_FailsNamingIt()
    {
        var outcome = Judge(0, 1000, 2000, 4000);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("no loss line for epoch 3000:"));
    }

    [Test]
    public void Evaluate_NothingPrinted_NamesTheMissingEpochs()
    {
        Assert.That(Judge("").Message, Does.StartWith("no loss line for epoch 0, 1000, 2000, 3000, 4000:"));
    }

    [Test]
    public void Evaluate_LoggingTooOften_FailsCountingTheLines()
    {
        var outcome = Judge(0, 500, 1000, 1500, 2000, 3000, 4000);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the loss is printed at 7 epochs, including epoch 500: print it only when t % 1000 == 0"));
    }

    [Test]
    public void Evaluate_EveryEpochCutByTheOutputLimit_NamesPrintingEveryEpochNotTheMissingOnes()
    {
        // Printing all 5000 epochs runs into the output limit before epoch 1000's line: the mistake is the schedule.
        var outcome = Judge(Enumerable.Range(0, 900).ToArray());
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("the loss is printed at 900 epochs, including epoch 1: print it only when t % 1000 == 0"));
    }

    [Test]
    public void Evaluate_AnExtraLineAtTheLastEpoch_CountsTheLines()
    {
        var outcome = Judge(0, 1000, 2000, 3000, 4000, 5000);
        Assert.That(outcome.Passed, Is.False);
        Assert.That(outcome.Message, Does.StartWith("6 loss lines printed, expected 5"));
    }

    [Test]
    public void Evaluate_CaseAndSpacingVariants_Pass()
    {
        string output = string.Join("\n",
            "epoch:0, loss:1.0", "Epoch: 1000 loss 0.9", "EPOCH=2000, LOSS=0.8", "epoch #3000 | loss: 0.7", "Epoch:4000, Loss:0.6");
        var outcome = Judge(output);
        Assert.That(outcome.Passed, Is.True, outcome.Message);
    }

    [Test]
    public void Evaluate_OtherOutputBetweenTheLines_IsIgnored()
    {
        string output = "Training with lr 0.1\n" + string.Join("\n", new[] { 0, 1000, 2000, 3000, 4000 }.Select(e => $"Epoch:{e}, loss:1")) + "\ndone";
        Assert.That(Judge(output).Passed, Is.True);
    }
}
