using Grading.Core.Grading;

namespace Grading.Core.Results;

/// <summary>A saved result of another schema version than this grader's: it cannot be rescored or rendered, only regraded.</summary>
public sealed class ResultSchemaException(string message) : GradingException(message);
