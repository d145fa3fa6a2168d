using Grading.Core.Running;

namespace Grading.Core.Bounds;

/// <summary>
/// Bounds a section's run before anything serializes it (in the worker, and in-process on the same path): every
/// named value, note, answer and the error are cut to <see cref="RunBounds"/>, then the run as a whole; each cut is
/// recorded (<see cref="SectionRun.Cuts"/>) with the true size, so the report and exports say what was cut and checks
/// still see the real length. Applying it again changes nothing, so the grader applies it too, to what a worker sent.
/// </summary>
public static class RunBoundary
{
    public static SectionRun Apply(SectionRun run, RunBounds bounds)
    {
        var cuts = new RunCuts(run.Cuts);
        var values = run.Values?.ToDictionary(v => v.Key, v => Head(v.Value, bounds.ValueLength, "values", v.Key, $"the value '{v.Key}'", cuts), StringComparer.Ordinal);
        var notes = run.Notes?.ToDictionary(n => n.Key, n => Text(n.Value, bounds.TextChars, "notes", n.Key, $"the note '{n.Key}'", cuts), StringComparer.Ordinal);
        var answers = run.Answers?.Select((a, i) => Text(a ?? "", bounds.AnswerChars, "answers", $"{i + 1}", $"answer {i + 1}", cuts)).ToList();
        string? error = run.Error is { } e ? Text(e, bounds.TextChars, "error", null, "the error message", cuts) : null;
        if (run.Output.TruncatedChars > 0)
            cuts.Add(new RunCut("output", null, "the output", run.Output.Text.Length + run.Output.TruncatedChars, run.Output.Text.Length, "characters"));
        var whole = new RunSize(values, notes, answers, error, bounds.RunJsonBytes);
        whole.Shrink(cuts);
        return run with
        {
            Values = whole.Values, Notes = whole.Notes, Answers = whole.Answers, Error = whole.Error,
            Cuts = cuts.Count > 0 ? cuts.ToList() : null,
        };
    }

    /// <summary>Cuts one named value to <paramref name="max"/> numbers: a harness that knows the expected length (PS1's
    /// loss history: one per epoch) keeps a small multiple of it, and names it in the note ("the loss history").</summary>
    public static SectionRun LimitValue(SectionRun run, string key, int max, string what)
    {
        if (run.Values?.GetValueOrDefault(key) is not { } value || value.Length <= max) return run;
        var cuts = new RunCuts(run.Cuts);
        var values = new Dictionary<string, double[]>(run.Values, StringComparer.Ordinal) { [key] = Head(value, max, "values", key, what, cuts) };
        return run with { Values = values, Cuts = cuts.ToList() };
    }

    /// <summary>The run with <paramref name="cut"/> recorded (e.g. answers read lazily past the number kept).</summary>
    public static SectionRun WithCut(SectionRun run, RunCut? cut)
    {
        if (cut is null) return run;
        var cuts = new RunCuts(run.Cuts);
        cuts.Add(cut);
        return run with { Cuts = cuts.ToList() };
    }

    internal static double[] Head(double[] value, int max, string field, string? key, string what, RunCuts cuts)
    {
        if (value.Length <= max) return value;
        cuts.Add(new RunCut(field, key, what, value.Length, max, "values"));
        return value[..max];
    }

    internal static string Text(string text, int max, string field, string? key, string what, RunCuts cuts)
    {
        string cut = BoundedText.Cut(text, max, out int kept);
        if (!ReferenceEquals(cut, text)) cuts.Add(new RunCut(field, key, what, text.Length, kept, "characters"));
        return cut;
    }
}
