using Grading.Core.Checks;
using Ps1Autograd.Grading.Running;

namespace Ps1Autograd.Grading.Checks;

/// <summary>A section that changed its own data descended (or not) on other data: where a check fails, that is the mistake to name.</summary>
internal static class DataChangeNote
{
    public const string Lead = "your section changed the data it was given";

    /// <summary>The mistake and its fix, in a sentence, or null when the data was left alone.</summary>
    public static string? Of(CheckContext context) => Changed(context) is { } changed ? $"{Lead}: {changed}: {DataChanges.Fix}" : null;

    /// <summary>A failed outcome led by the mistake, briefly (the gradient-step check gives the fix): it is what a report's
    /// first line should show, before the symptom. A passed outcome as it is.</summary>
    public static CheckOutcome Prefix(CheckOutcome outcome, CheckContext context) =>
        !outcome.Passed && Changed(context) is { } changed
            ? outcome with { Message = $"Your section changed the data it was given ({changed}). {Sentence(outcome.Message)}" }
            : outcome;

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    private static string? Changed(CheckContext context) => context.Run.Notes?.GetValueOrDefault(Ps1Values.DataChanged);
}
