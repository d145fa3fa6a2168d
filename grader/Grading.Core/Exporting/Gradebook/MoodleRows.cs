using Grading.Core.Bulk;
using Grading.Core.Results;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// The class's lines for Moodle's "Import grades from CSV", and which of them Moodle would refuse. Moodle looks each
/// identifier up in its user table and, when one matches no user, stops the whole import: nobody's grade goes in
/// (grade/import/csv/classes/load_data.php, check_user_exists and prepare_import_grade_data). A line it would
/// refuse is kept apart (<c>moodle-unmatched.csv</c>) so the rest import cleanly.
/// </summary>
internal static class MoodleRows
{
    public static IReadOnlyList<MoodleRow> Of(ClassGradebook gradebook, MoodleIdentifier identifier)
    {
        var rows = gradebook.Entries.Where(e => e.Status != StudentStatus.Missing) // nothing handed in: Moodle keeps what it has
            .Select(e => new MoodleRow(e.Student, Identifier(e.Student, identifier), Grade(e), Feedback(e), Problem(e.Student, identifier)))
            .ToList();
        // Two lines with one identifier would both land on one user, the second grade over the first.
        var shared = rows.Where(r => r.Problem is null).GroupBy(r => r.Identifier, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        return rows.Select(r => shared.Contains(r)
            ? r with { Problem = $"another student has the same {Column(identifier)} '{r.Identifier}'" }
            : r).ToList();
    }

    /// <summary>The column header, named after the user field to map it to in Moodle's import.</summary>
    public static string Header(MoodleIdentifier identifier) => identifier switch
    {
        MoodleIdentifier.Username => "Username",
        MoodleIdentifier.Email => "Email address",
        _ => "ID number",
    };

    /// <summary>The roster column the identifier comes from.</summary>
    public static string Column(MoodleIdentifier identifier) => identifier switch
    {
        MoodleIdentifier.Username => "login",
        MoodleIdentifier.Email => "email",
        _ => "id",
    };

    private static string Identifier(RosterEntry student, MoodleIdentifier identifier) => identifier switch
    {
        MoodleIdentifier.Username => student.Login,
        MoodleIdentifier.Email => student.Email,
        _ => student.Id,
    };

    private static string? Problem(RosterEntry student, MoodleIdentifier identifier)
    {
        string value = Identifier(student, identifier);
        if (student.OnRoster == false) return $"not on the roster: the folder '{student.Id}' matched no one";
        if (value.Length == 0)
            return student.OnRoster is null ? $"graded without a roster, so no {Column(identifier)} is known" : $"the roster gives no {Column(identifier)}";
        // PHP's empty() is true for "0": Moodle skips the identifier and the grade goes to the line above's user.
        if (value == "0") return $"Moodle reads the {Column(identifier)} '0' as blank";
        if (CsvText.StartsFormula(value)) return $"the {Column(identifier)} starts like a spreadsheet formula, so it is written after a ' and matches no one";
        return null;
    }

    private static string Grade(GradebookEntry entry) => entry.Result is { } result ? CsvText.Number(result.Score) : "0";

    private static string Feedback(GradebookEntry entry) => entry.Result is { } result ? Feedback(result) : $"Could not be graded: {entry.Error}";

    private static string Feedback(GradingResult result)
    {
        var lines = new List<string> { $"{CsvText.Number(result.Score)}/{CsvText.Number(result.MaxScore)} points." };
        if (result.PendingPoints > 0) lines.Add($"{CsvText.Number(result.PendingPoints)} points pending a TA's grade.");
        // A compile error is every section's first problem: say it once, for all of them.
        lines.AddRange(result.Sections.Where(s => s.FirstProblem is not null).GroupBy(s => s.FirstProblem)
            .Select(g => $"{string.Join(", ", g.Select(s => s.Id))}: {g.Key}"));
        return string.Join("\n", lines);
    }
}
