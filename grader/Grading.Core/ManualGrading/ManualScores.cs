using System.Globalization;
using Grading.Core.Assignments;
using Grading.Core.Bulk;

namespace Grading.Core.ManualGrading;

/// <summary>
/// A scores file: CSV with columns <c>student, question, points, comment</c>, where question is
/// <c>&lt;section&gt;.&lt;n&gt;</c> (<c>1.5.2</c>: section 1.5, question 2). Every row is checked
/// against the assignment and the class before anything is applied; a bad row names its file and line.
/// </summary>
public sealed class ManualScores
{
    private readonly Dictionary<(string Student, string Section, int Question), ManualScore> _scores;

    private ManualScores(IEnumerable<ManualScore> scores) =>
        _scores = scores.ToDictionary(s => (s.Student.ToLowerInvariant(), s.SectionId, s.Question));

    public static ManualScores None { get; } = new([]);

    public int Count => _scores.Count;

    public ManualScore? Find(string student, string sectionId, int question) =>
        _scores.GetValueOrDefault((student.ToLowerInvariant(), sectionId, question));

    /// <param name="students">The class's student ids; a row naming anyone else is an error.</param>
    public static ManualScores Read(string path, AssignmentSpec spec, IReadOnlyCollection<string> students)
    {
        var csv = CsvFile.Read(path);
        var columns = csv.Columns(["student", "question", "points"], ["comment"]);
        var known = new HashSet<string>(students, StringComparer.OrdinalIgnoreCase);
        var scores = new List<ManualScore>();
        var seen = new HashSet<(string, string, int)>();
        foreach (var row in csv.Rows)
        {
            string at = csv.At(row.Line);
            string Field(string name) => CsvFile.Field(row, columns, name);
            string student = Field("student");
            if (!known.Contains(student)) throw new BulkInputException($"{at}: unknown student '{student}' (not in this class).");
            var (section, question) = ParseQuestion(Field("question"), spec, at);
            string pointsText = Field("points");
            if (!double.TryParse(pointsText, NumberStyles.Float, CultureInfo.InvariantCulture, out double points) || !double.IsFinite(points))
                throw new BulkInputException($"{at}: points '{pointsText}' is not a number.");
            double max = MaxPoints(section);
            if (points < 0 || points > max + 1e-9)
                throw new BulkInputException($"{at}: {points} points for {section.Id}.{question}, which is worth {max:0.##}.");
            if (!seen.Add((student.ToLowerInvariant(), section.Id, question)))
                throw new BulkInputException($"{at}: {student} already has a score for {section.Id}.{question}.");
            scores.Add(new ManualScore(student, section.Id, question, points, Field("comment"), at));
        }
        return new ManualScores(scores);
    }

    /// <summary>What one question of a written section is worth: the answers check's points shared equally, as AnswersCheck shares them.</summary>
    public static double MaxPoints(SectionSpec section) =>
        section.Checks.Where(c => c.Kind == "answers").Sum(c => c.Points) / Math.Max(1, section.Questions.Count);

    private static (SectionSpec Section, int Question) ParseQuestion(string text, AssignmentSpec spec, string at)
    {
        foreach (var section in spec.Sections.Where(s => s.Questions.Count > 0))
        {
            if (!text.StartsWith(section.Id + ".", StringComparison.Ordinal)) continue;
            if (int.TryParse(text[(section.Id.Length + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int q) && q >= 1 && q <= section.Questions.Count)
                return (section, q);
            throw new BulkInputException($"{at}: question '{text}': section {section.Id} has questions 1 to {section.Questions.Count}.");
        }
        string written = string.Join(", ", spec.Sections.Where(s => s.Questions.Count > 0).Select(s => $"{s.Id}.1 to {s.Id}.{s.Questions.Count}"));
        throw new BulkInputException($"{at}: unknown question '{text}'; this assignment's written questions are {written}.");
    }
}
