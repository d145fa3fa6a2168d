namespace Grading.Core.Bulk;

/// <summary>A course-staff input (roster, scores file, class folder) that cannot be used; the message names the file and line.</summary>
public sealed class BulkInputException(string message, Exception? inner = null) : Exception(message, inner);
