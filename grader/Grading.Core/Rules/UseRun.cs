using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// One way a use runs for a section: reached through one chain of calls, with the values that chain
/// binds to the helpers' parameters.
/// </summary>
/// <param name="Repeats">How many times it runs this way (loops and call sites multiplied).</param>
/// <param name="Bindings">Constants (or unknowns) the call chain passed to the parameters in scope.</param>
/// <param name="Body">The method, local function or accessor the use is in; null when the use was not traced.</param>
/// <param name="CallSite">The call into <paramref name="Body"/> on this chain; null for the section's own entry.</param>
internal sealed record UseRun(
    Repetition Repeats,
    ImmutableDictionary<IParameterSymbol, ArgumentValue> Bindings,
    ISymbol? Body,
    Location? CallSite)
{
    /// <summary>A use counted as written: once, nothing bound.</summary>
    public static UseRun AsWritten { get; } = new(Repetition.Once, CallBindings.Empty, null, null);
}
