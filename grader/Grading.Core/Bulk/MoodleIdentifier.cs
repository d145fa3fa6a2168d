namespace Grading.Core.Bulk;

/// <summary>
/// Which roster column fills <c>moodle.csv</c>'s identifier, and so which user field the TA maps it to in
/// Moodle's import ("Map to": ID number, username or email address).
/// </summary>
public enum MoodleIdentifier
{
    /// <summary>The roster's <c>id</c> (Moodle's user ID number); the default.</summary>
    IdNumber,
    /// <summary>The roster's <c>login</c> (Moodle's username).</summary>
    Username,
    /// <summary>The roster's <c>email</c>.</summary>
    Email,
}
