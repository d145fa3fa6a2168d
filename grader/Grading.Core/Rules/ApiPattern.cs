namespace Grading.Core.Rules;

/// <summary>
/// A parsed rule pattern: dotted name segments, where <c>*</c> stands for exactly one segment, and an
/// optional trailing <c>(parameter)</c>. A pattern matches a symbol name it equals or is a dotted
/// prefix of, so a namespace or type pattern covers all of its members. Alternatives separated by
/// <c>|</c> match what any of them matches: one API reached two ways (TorchSharp's DataLoader from its
/// factory, or constructed with a collate function) is one rule.
/// </summary>
internal sealed class ApiPattern
{
    private const string AnySegment = "*";

    private readonly string[] _segments;

    /// <summary>The alternatives of an <c>A | B</c> pattern; empty for a single one.</summary>
    private readonly IReadOnlyList<ApiPattern> _alternatives;

    private ApiPattern(string text, string[] segments, string? parameterName)
    {
        Text = text;
        _segments = segments;
        ParameterName = parameterName;
        _alternatives = [];
    }

    private ApiPattern(string text, IReadOnlyList<ApiPattern> alternatives)
    {
        Text = text;
        _segments = [];
        _alternatives = alternatives;
        // A message can name the parameter only when every alternative names the same one.
        ParameterName = alternatives.Select(a => a.ParameterName).Distinct().Count() == 1 ? alternatives[0].ParameterName : null;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The parameter named by a trailing <c>(name)</c>, or null for a plain symbol pattern.</summary>
    public string? ParameterName { get; }

    /// <exception cref="FormatException">The pattern is empty or has an empty segment.</exception>
    public static ApiPattern Parse(string text)
    {
        string[] alternatives = text.Split('|');
        return alternatives.Length == 1 ? ParseOne(text) : new ApiPattern(text.Trim(), alternatives.Select(ParseOne).ToList());
    }

    private static ApiPattern ParseOne(string text)
    {
        var trimmed = text.Trim();
        string? parameterName = null;
        var symbolPart = trimmed;
        var open = trimmed.IndexOf('(');
        if (open >= 0)
        {
            if (!trimmed.EndsWith(')'))
                throw new FormatException($"Rule pattern '{text}': a '(' must close the pattern with ')'.");
            parameterName = trimmed[(open + 1)..^1].Trim();
            symbolPart = trimmed[..open].Trim();
            if (parameterName.Length == 0)
                throw new FormatException($"Rule pattern '{text}' names an empty parameter.");
        }

        var segments = symbolPart.Split('.');
        if (segments.Any(segment => segment.Trim().Length == 0))
            throw new FormatException($"Rule pattern '{text}' has an empty name segment.");
        return new ApiPattern(trimmed, segments.Select(segment => segment.Trim()).ToArray(), parameterName);
    }

    /// <summary>Whether the pattern's symbol part equals <paramref name="dottedName"/> or is a dotted prefix of it.</summary>
    public bool MatchesName(string dottedName)
    {
        if (_alternatives.Count > 0) return _alternatives.Any(a => a.MatchesName(dottedName));
        // Walks the name segment by segment without splitting it: every rule meets every use, so this is hot.
        var rest = dottedName.AsSpan();
        bool exhausted = false;
        foreach (string segment in _segments)
        {
            if (exhausted) return false;
            int dot = rest.IndexOf('.');
            var name = dot < 0 ? rest : rest[..dot];
            if (segment != AnySegment && !name.SequenceEqual(segment)) return false;
            exhausted = dot < 0;
            rest = exhausted ? ReadOnlySpan<char>.Empty : rest[(dot + 1)..];
        }
        return true;
    }

    /// <summary>
    /// Whether the pattern names something inside <paramref name="dottedName"/> (a member of that type): the
    /// allow-list lets code name a type when it may use one of its members, as in <c>Type t = typeof(X);</c>.
    /// </summary>
    public bool NamesSomethingInside(string dottedName)
    {
        if (_alternatives.Count > 0) return _alternatives.Any(a => a.NamesSomethingInside(dottedName));
        var names = dottedName.Split('.');
        if (_segments.Length <= names.Length) return false;
        for (var i = 0; i < names.Length; i++)
        {
            if (_segments[i] != AnySegment && _segments[i] != names[i]) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="use"/> uses what the pattern names, whatever it passes the pattern's parameter.</summary>
    public bool NamesUse(ApiUse use) =>
        _alternatives.Count > 0 ? _alternatives.Any(a => a.NamesUse(use)) : use.SymbolNames.Any(MatchesName);

    /// <summary>Whether <paramref name="use"/> is a use of this pattern.</summary>
    public bool Matches(ApiUse use)
    {
        if (_alternatives.Count > 0) return _alternatives.Any(a => a.Matches(use));
        if (ParameterName is not null && !use.NonFalseArguments.ContainsKey(ParameterName))
            return false;
        return use.SymbolNames.Any(MatchesName);
    }
}
