namespace Grading.Core.Bulk;

/// <summary>A student as the gradebook knows them. Without a roster only <see cref="Id"/> is known (the folder's name).</summary>
/// <param name="Id">The institution's id (Canvas's SIS User ID); results and exports are keyed by it.</param>
/// <param name="GitHub">GitHub username, how a Classroom download names a student's folder.</param>
/// <param name="CanvasId">Canvas's own numeric user id (the gradebook's <c>ID</c> column).</param>
/// <param name="Login">SIS login id (often the e-mail's user part); Moodle's identifier when given.</param>
public sealed record RosterEntry(string Id, string Name = "", string GitHub = "", string Section = "", string CanvasId = "", string Login = "")
{
    /// <summary>The student's name for people: the roster's, else the id.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Id;
}
