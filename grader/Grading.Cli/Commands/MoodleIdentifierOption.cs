using System.CommandLine;
using Grading.Core.Bulk;

namespace Grading.Cli.Commands;

/// <summary><c>--moodle-identifier</c>: which roster column becomes moodle.csv's identifier.</summary>
internal static class MoodleIdentifierOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--moodle-identifier")
        {
            Description = "The roster column moodle.csv identifies students by, and the Moodle user field to map it to on import: "
                + "idnumber (the roster's id; default), username (its login) or email (its email). Remembered in the output folder.",
        };
        option.AcceptOnlyFromAmong("idnumber", "username", "email");
        return option;
    }

    /// <summary>Refuses, before anything is graded, a username or email identifier that no one on the roster has.</summary>
    public static void RequireInRoster(MoodleIdentifier? identifier, Roster roster)
    {
        if (identifier is not (MoodleIdentifier.Username or MoodleIdentifier.Email)) return; // the id: every student has one
        bool email = identifier == MoodleIdentifier.Email;
        if (roster.Students.All(s => (email ? s.Email : s.Login).Length == 0))
        {
            string option = $"--moodle-identifier {(email ? "email" : "username")}", column = email ? "an 'email'" : "a 'login'";
            throw new BulkInputException(roster.Students.Count == 0
                ? $"{option} takes each student's identifier from the roster: give --roster with {column} column."
                : $"{option}: no one on the roster has {column} column filled in.");
        }
    }

    public static MoodleIdentifier? ToIdentifier(string? value) => value switch
    {
        null => null,
        "username" => MoodleIdentifier.Username,
        "email" => MoodleIdentifier.Email,
        _ => MoodleIdentifier.IdNumber,
    };
}
