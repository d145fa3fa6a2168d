namespace Grading.Core.Bulk;

/// <summary>A student as the gradebook knows them. Without a roster only <see cref="Id"/> is known (the folder's name).</summary>
/// <param name="Id">The institution's id (Canvas's SIS User ID, Moodle's ID number); results and exports are keyed by it.</param>
/// <param name="GitHub">GitHub username, how a Classroom download names a student's folder.</param>
/// <param name="CanvasId">Canvas's own numeric user id (the gradebook's <c>ID</c> column).</param>
/// <param name="Login">SIS login id (often the e-mail's user part): Canvas's SIS Login ID, Moodle's username.</param>
/// <param name="Email">The e-mail address, Moodle's identifier when the TA chooses it.</param>
public sealed record RosterEntry(string Id, string Name = "", string GitHub = "", string Section = "", string CanvasId = "", string Login = "", string Email = "")
{
    /// <summary>The student's name for people: the roster's, else the id.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Id;

    /// <summary>
    /// True: read from the roster. False: a roster was given and this folder matched no one on it. Null: graded
    /// without a roster (or recorded before this was kept), so nothing about the student was checked.
    /// The gradebooks decide by it who may go to Moodle, which stops its whole import at one unknown student.
    /// </summary>
    public bool? OnRoster { get; init; }
}
