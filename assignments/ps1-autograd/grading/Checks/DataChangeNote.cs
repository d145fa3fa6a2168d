using Grading.Core.Checks;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>A section that changed its own data descended (or not) on other data: where a check fails, that is the mistake to name.</summary>
internal static class DataChangeNote
{
    public const string Lead = "your section changed the data it was given";

    /// <summary>The mistake and its fix, in a sentence, or null when the data was left alone.</summary>
    public static string? Of(CheckContext context) => Changed(context) is { } changed ? $"{Lead}: {changed}: {DataChanges.Fix}" : null;

    /// <summary>A failed outcome with the mistake appended briefly (the gradient-step check gives the fix); a passed one as it is.</summary>
    public static CheckOutcome AppendTo(CheckOutcome outcome, CheckContext context) =>
        !outcome.Passed && Changed(context) is { } changed ? outcome with { Message = $"{outcome.Message} Also, {Lead} ({changed})." } : outcome;

    private static string? Changed(CheckContext context) => context.Run.Notes?.GetValueOrDefault(Ps1Values.DataChanged);
}
