using System.Text.RegularExpressions;
using Grading.Core.Checks;
using Ps1Autograd.Grading.Running;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Checks;

/// <summary>The loss is printed every <c>log_every</c> epochs, as the notebook does, and only then.</summary>
public sealed partial class PrintedLogCheck : SingleOutcomeCheck
{
    public override string Kind => "printed-log";

    [GeneratedRegex(@"epoch\s*[:=#]?\s*(\d+)\b.*loss", RegexOptions.IgnoreCase)]
    private static partial Regex LossLine();

    protected override CheckOutcome Judge(CheckContext context)
    {
        var budget = Ps1Blocks.TrainingOf(context.Assignment);
        int every = budget.LogEvery;
        int epochs = TrainingRecord.Graded(context.Run)?.EpochsRequested ?? budget.Epochs;
        var expected = Enumerable.Range(0, (epochs + every - 1) / every).Select(k => k * every).ToList();
        var printed = context.Run.Output.Text.Split('\n')
            .Select(line => LossLine().Match(line))
            .Where(m => m.Success)
            .Select(m => long.TryParse(m.Groups[1].Value, out long epoch) ? epoch : -1)
            .ToList();
        // Printing every epoch is the common mistake, and its thousands of lines can reach the output limit and
        // lose the logged epochs too: name it before what is missing.
        var offSchedule = printed.Where(e => e >= 0 && e % every != 0).ToList();
        if (offSchedule.Count > 0 && printed.Count > expected.Count)
            return context.Fail($"the loss is printed at {printed.Count} epochs, including epoch {offSchedule[0]}: print it only when "
                + $"t % {every} == 0 (`if (t % options.LogEvery == 0)`), {expected.Count} lines in all.");
        var missing = expected.Where(e => !printed.Contains(e)).ToList();
        if (missing.Count > 0)
            return context.Fail($"no loss line for epoch {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? ", …" : "")}: print "
                + $"\"epoch:{{t}}, loss:{{loss}}\" when t % {every} == 0.");
        if (printed.Count > expected.Count)
            return context.Fail($"{printed.Count} loss lines printed, expected {expected.Count}: print only when t % {every} == 0.");
        return context.Pass($"loss printed at epochs {string.Join(", ", expected)}.");
    }
}
