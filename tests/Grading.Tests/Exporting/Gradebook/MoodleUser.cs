namespace Grading.Tests.Exporting.Gradebook;

/// <summary>A row of Moodle's user table, as far as its grade import looks at it.</summary>
internal sealed record MoodleUser(int Id, string IdNumber, string Username, string Email);
