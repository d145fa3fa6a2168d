namespace Grading.Core.Archives;

/// <summary>A zip that cannot be extracted safely (not a zip, a zip bomb, a path escaping the folder); the message says which.</summary>
public sealed class ArchiveException(string message, Exception? inner = null) : Exception(message, inner);
