namespace Grading.Tests.Exporting.Gradebook;

/// <summary>A student of a Canvas course, with the pseudonym (SIS user id, login) Canvas's import matches by.</summary>
internal sealed record CanvasStudent(int Id, string Name, string SisUserId, string LoginId);
