using Grading.Core.Bulk;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>One student's line for Moodle: the identifier, grade and feedback, and why it cannot go to <c>moodle.csv</c> (null when it can).</summary>
internal sealed record MoodleRow(RosterEntry Student, string Identifier, string Grade, string Feedback, string? Problem);
