using Microsoft.CodeAnalysis;

namespace Grading.Core.Rules;

/// <summary>How rule messages show a use and the runs that count it: where it is, how often it runs, and why.</summary>
internal static class RunText
{
    /// <summary>The use as written, with the argument that sets the rule's parameter.</summary>
    public static string Describe(RuleMatch match, ApiPattern pattern) =>
        pattern.ParameterName is { } parameter && match.Use.NonFalseArguments.TryGetValue(parameter, out var argument)
            ? $"{match.Use.Display}` with `{argument}"
            : match.Use.Display;

    /// <summary>Where a parameter's value came from, when a call site passed it: " (requiresGrad is true when called at Section14.cs line 20.)".</summary>
    public static string Provenance(RuleMatch match, ApiPattern pattern)
    {
        var passed = match.Decided
            .Where(decided => decided is { Argument: { } value, Run.CallSite: not null } && !IsLiteral(value))
            .Select(decided => $"`{decided.Argument!.Value.Text}` is {decided.Argument!.Value.ValueText} when called at {At(decided.Run.CallSite!)}")
            .Distinct()
            .ToList();
        return pattern.ParameterName is null || passed.Count == 0 ? "" : $" ({string.Join("; ", passed)}.)";
    }

    /// <summary>"`torch.zeros(...)` in MakeWeight (Helpers.cs line 8) runs 7 times: called at Section14.cs lines 20–26".</summary>
    public static string Runs(RuleMatch match, ApiPattern pattern)
    {
        var position = SourcePosition.Of(match.Use.Location);
        var body = match.Decided.Select(decided => decided.Run.Body).FirstOrDefault(symbol => symbol is not null && !IsEntry(match));
        var where = body is null ? $"at {position.File} line {position.Line}" : $"in {body.Name} ({position.File} line {position.Line})";
        var times = match.Times switch { 1 => "once", { } known => $"{known} times", null => "more than once" };
        var reasons = new List<string>();
        var callSites = match.Decided.Select(decided => decided.Run.CallSite).OfType<Location>().Distinct().ToList();
        if (callSites.Count > 1)
            reasons.Add($"called at {Places(callSites)}");
        var loops = match.Decided.Select(decided => decided.Run.Repeats.Loop).OfType<Location>().Distinct().ToList();
        if (loops.Count > 0)
            reasons.Add($"inside a loop at {Places(loops)}");
        return $"`{Describe(match, pattern)}` {where} runs {times}{(reasons.Count > 0 ? ": " + string.Join(", ", reasons) : "")}";
    }

    /// <summary>"lines 10, 14" when the uses share a file; with the file names when a helper file is involved.</summary>
    public static string Lines(IEnumerable<ApiUse> uses)
    {
        var positions = uses.Select(use => SourcePosition.Of(use.Location)).ToList();
        var lineWord = positions.Count == 1 ? "line" : "lines";
        if (positions.Select(position => position.File).Distinct().Count() == 1)
            return $"{lineWord} {string.Join(", ", positions.Select(position => position.Line))}";
        return string.Join(", ", positions.Select(position => $"{position.File} line {position.Line}"));
    }

    /// <summary>"Section14.cs lines 20–26": places named with their file, consecutive lines as a range.</summary>
    public static string Places(IEnumerable<Location> locations)
    {
        var positions = locations.Select(SourcePosition.Of).ToList();
        return string.Join(", ", positions.GroupBy(position => position.File).Select(file =>
        {
            var lines = file.Select(position => position.Line).Distinct().ToList();
            return $"{file.Key} {(lines.Count == 1 ? "line" : "lines")} {Ranges(lines)}";
        }));
    }

    // 20, 21, 22, 23 → 20–23: seven calls in a row read as one range.
    private static string Ranges(IEnumerable<int> lines)
    {
        var sorted = lines.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
                j++;
            parts.Add(j - i >= 2 ? $"{sorted[i]}–{sorted[j]}" : string.Join(", ", sorted[i..(j + 1)]));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    private static bool IsEntry(RuleMatch match) => match.Decided.All(decided => decided.Run.CallSite is null);

    private static bool IsLiteral(ArgumentValue value) => value.Text == value.ValueText;

    private static string At(Location location)
    {
        var position = SourcePosition.Of(location);
        return $"{position.File} line {position.Line}";
    }
}
