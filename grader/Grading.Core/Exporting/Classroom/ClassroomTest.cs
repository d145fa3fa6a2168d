namespace Grading.Core.Exporting.Classroom;

/// <summary>One entry of <see cref="ClassroomPayload.Tests"/>: one section.</summary>
/// <param name="Status">pass, fail or error.</param>
/// <param name="ExecutionTime">Seconds with an "s", as GitHub's own graders write it (e.g. "1.20s").</param>
public sealed record ClassroomTest(
    string Name, string Status, double Score, string Message, string TestCode, string Filename, int LineNo, string ExecutionTime);
