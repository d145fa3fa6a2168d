using Grading.Core.Bulk;
using Grading.Core.Exporting.Text;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// What course staff must know before importing the gradebooks, for the terminal (stderr): students kept out of
/// <c>moodle.csv</c>, identifiers nobody checked, and Canvas rows its import will not recognise.
/// </summary>
public static class GradebookWarnings
{
    private const int NamesShown = 10;

    public static IReadOnlyList<string> For(ClassGradebook gradebook, GradebookSettings settings)
    {
        var identifier = settings.MoodleIdentifier ?? MoodleIdentifier.IdNumber;
        var warnings = GradebookExporters.FormulaIdentifierWarnings(gradebook).ToList();
        var moodle = MoodleRows.Of(gradebook, identifier);
        var unmatched = moodle.Where(r => r.Problem is not null).ToList();
        if (unmatched.Count > 0)
            warnings.Add($"Moodle: {CountText.Of(unmatched.Count, "student")} left out of moodle.csv and written to {MoodleUnmatchedExporter.Name} "
                + "instead, because Moodle stops the whole import at the first identifier that matches no user: "
                + Names(unmatched.Select(r => $"'{TerminalText.Line(r.Student.Id)}' ({TerminalText.Line(r.Problem)})")) + ".");
        int unverified = moodle.Count(r => r.Problem is null && r.Student.OnRoster is null);
        if (unverified > 0)
            warnings.Add($"Moodle: no roster, so moodle.csv's {CountText.Of(unverified, "identifier")} {(unverified == 1 ? "is a folder name" : "are folder names")} "
                + "that nobody checked; Moodle stops the whole import at the first one that is no user's ID number. Give --roster to check them.");

        int noRoster = gradebook.Entries.Count(e => e.Student.OnRoster is null);
        if (noRoster > 0)
            warnings.Add($"Canvas: canvas.csv was written without a roster: {CountText.Of(noRoster, "row")} {(noRoster == 1 ? "has" : "have")} no Canvas ID "
                + "and no SIS Login ID, only the folder name as SIS User ID and name, so Canvas's import lists every such student as unknown "
                + "unless the folder name is their SIS User ID or Canvas name. Give --roster (with canvas_id or login) to match them.");
        var notOnRoster = gradebook.Entries.Where(e => e.Student.OnRoster == false).ToList();
        if (notOnRoster.Count > 0)
            warnings.Add($"Canvas: {CountText.Of(notOnRoster.Count, "student")} not on the roster {(notOnRoster.Count == 1 ? "is" : "are")} in canvas.csv under "
                + "the folder name; Canvas's import lists them as unknown students, to be matched by hand or skipped: "
                + Names(notOnRoster.Select(e => $"'{TerminalText.Line(e.Student.Id)}'")) + ".");
        return warnings;
    }

    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count <= NamesShown ? string.Join(", ", all) : $"{string.Join(", ", all.Take(NamesShown))} and {all.Count - NamesShown} more";
    }
}
