namespace Grading.Core.Compiling;

/// <summary>The submission cannot be graded at all (missing folder, no sources); the message says why.</summary>
public sealed class SubmissionException(string message) : Exception(message);
