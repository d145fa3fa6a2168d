namespace Grading.Core.Grading;

/// <summary>Grading itself cannot run (not the submission's fault); the message says why and what to do.</summary>
public class GradingException(string message, Exception? inner = null) : Exception(message, inner);
