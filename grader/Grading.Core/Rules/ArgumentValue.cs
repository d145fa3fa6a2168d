using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>
/// What the grader knows of a value passed somewhere: a constant (written there, or flowing in through a
/// helper's parameter from a call site), or unknown (computed when the code runs).
/// </summary>
/// <param name="Known">Whether <paramref name="Value"/> is the value.</param>
/// <param name="Value">The constant, when known.</param>
/// <param name="Text">The expression as written, or where the constant came from.</param>
internal readonly record struct ArgumentValue(bool Known, object? Value, string Text)
{
    public static ArgumentValue Unknown(string text) => new(false, null, text);

    /// <summary>Known to be false or null: the parameter is not set.</summary>
    public bool IsFalseOrNull => Known && Value is null or false;

    public string ValueText => Value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}

/// <summary>The values a call binds to a helper's parameters (original definitions), as far as known.</summary>
internal static class CallBindings
{
    public static ImmutableDictionary<IParameterSymbol, ArgumentValue> Empty { get; } =
        ImmutableDictionary.Create<IParameterSymbol, ArgumentValue>(SymbolEqualityComparer.Default);
}
