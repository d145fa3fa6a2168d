using Grading.Core.Bulk;

namespace Grading.Tests.Exporting.Gradebook;

/// <summary>
/// A minimal re-implementation of how Moodle's "Import grades from CSV" finds each line's user, to run our
/// <c>moodle.csv</c> through. It follows moodle/moodle <c>grade/import/csv/classes/load_data.php</c> (commit 0289d8c7):
/// <list type="bullet">
/// <item>each value is trimmed (line 486); the first column is the identifier, mapped to one user field: id number,
/// username or email (<c>$userfields</c>, lines 359-376);</item>
/// <item>a blank identifier is skipped (<c>if (!empty($value))</c>, 384), and PHP's <c>empty</c> is also true for "0";
/// <c>$this->studentid</c> is not reset per line, so such a line's grade goes to the previous line's user;</item>
/// <item>an identifier that matches no user makes <c>check_user_exists</c> (219-240) call <c>cleanup_import</c>
/// (337-341: status false, the import's buffer deleted), and <c>prepare_import_grade_data</c> returns (508-509):
/// nobody's grade is imported; a line with no user at all aborts the same way (513-518).</item>
/// </list>
/// The user lookup is <c>$DB->get_record('user', [field => value])</c> (226): exact here, as on PostgreSQL.
/// </summary>
internal sealed class MoodleCsvImport(IReadOnlyList<MoodleUser> users, MoodleIdentifier mapTo)
{
    /// <summary>The grade and feedback each user would get, or the error that stopped the whole import.</summary>
    public (IReadOnlyDictionary<int, (string Grade, string Feedback)> Grades, string? Error) Import(string csvPath)
    {
        var csv = CsvFile.Read(csvPath);
        var grades = new Dictionary<int, (string, string)>();
        int? studentId = null;
        foreach (var row in csv.Rows)
        {
            if (row.Fields.Count <= 1) continue; // 474-477: no data on this line
            string identifier = row.Fields[0].Trim();
            if (identifier is not ("" or "0"))
            {
                var user = users.FirstOrDefault(u => Field(u) == identifier);
                if (user is null) return (new Dictionary<int, (string, string)>(), $"usermappingerror: {mapTo} '{identifier}'");
                studentId = user.Id;
            }
            if (studentId is null) return (new Dictionary<int, (string, string)>(), "usermappingerrorusernotfound");
            grades[studentId.Value] = (row.Fields[1].Trim(), row.Fields[2].Trim());
        }
        return (grades, null);
    }

    private string Field(MoodleUser user) => mapTo switch
    {
        MoodleIdentifier.Username => user.Username,
        MoodleIdentifier.Email => user.Email,
        _ => user.IdNumber,
    };
}
