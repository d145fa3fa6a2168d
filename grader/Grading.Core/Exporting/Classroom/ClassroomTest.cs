namespace Grading.Core.Exporting.Classroom;

/// <summary>One entry of <see cref="ClassroomPayload.Tests"/>: one section.</summary>
/// <param name="Status">pass, fail or error; pending for points waiting for a TA (the reporter counts any status but pass as not passed).</param>
/// <param name="TestCode">What the reporter prints under the test: here the reason the section lost points.</param>
/// <param name="ExecutionTime">Seconds with an "s", as GitHub's own graders write it (e.g. "1.20s").</param>
public sealed record ClassroomTest(
    string Name, string Status, double Score, string Message, string TestCode, string Filename, int LineNo, string ExecutionTime);
