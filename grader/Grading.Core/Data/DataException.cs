namespace Grading.Core.Data;

/// <summary>The assignment's data set is missing or malformed; the message says where.</summary>
public sealed class DataException(string message) : Exception(message);
