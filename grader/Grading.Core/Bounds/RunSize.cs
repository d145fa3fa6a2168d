namespace Grading.Core.Bounds;

/// <summary>
/// A run's values, notes, answers and error, kept within a JSON size together: while they are over it, the largest
/// of them is halved (a value keeps its head, a text its start and end). Each field's own limit already holds, so
/// this only bites when a run fills many fields to their limits at once.
/// </summary>
internal sealed class RunSize(Dictionary<string, double[]>? values, Dictionary<string, string>? notes, List<string>? answers, string? error, long maxBytes)
{
    // A double as JSON is at most 24 characters ("-1.2345678901234567E-308") and a comma.
    private const int BytesPerNumber = 25;

    public Dictionary<string, double[]>? Values => values;
    public Dictionary<string, string>? Notes => notes;
    public List<string>? Answers => answers;
    public string? Error => error;

    public void Shrink(RunCuts cuts)
    {
        while (Total() > maxBytes)
        {
            var (kind, key, bytes) = Largest();
            if (bytes <= 64) return; // nothing left worth halving: many tiny fields are the harness's, not the student's
            switch (kind)
            {
                case "values":
                    values![key!] = RunBoundary.Head(values[key!], values[key!].Length / 2, "values", key, $"the value '{key}'", cuts);
                    break;
                case "notes":
                    notes![key!] = RunBoundary.Text(notes[key!], notes[key!].Length / 2, "notes", key, $"the note '{key}'", cuts);
                    break;
                case "answers":
                    int i = int.Parse(key!, System.Globalization.CultureInfo.InvariantCulture) - 1;
                    answers![i] = RunBoundary.Text(answers[i], answers[i].Length / 2, "answers", key, $"answer {key}", cuts);
                    break;
                default:
                    error = RunBoundary.Text(error!, error!.Length / 2, "error", null, "the error message", cuts);
                    break;
            }
        }
    }

    private long Total() => Parts().Sum(p => p.Bytes);

    private (string Kind, string? Key, long Bytes) Largest() => Parts().MaxBy(p => p.Bytes);

    private IEnumerable<(string Kind, string? Key, long Bytes)> Parts()
    {
        foreach (var (key, value) in values ?? []) yield return ("values", key, (long)value.Length * BytesPerNumber);
        foreach (var (key, note) in notes ?? []) yield return ("notes", key, BoundedText.JsonBytes(note));
        for (int i = 0; i < (answers?.Count ?? 0); i++) yield return ("answers", $"{i + 1}", BoundedText.JsonBytes(answers![i]));
        if (error is not null) yield return ("error", null, BoundedText.JsonBytes(error));
        yield return ("none", null, 0);
    }
}
