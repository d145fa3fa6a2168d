namespace Grading.Core.ManualGrading;

/// <summary>A TA's score for one written answer.</summary>
/// <param name="Question">1-based, in the section's question order.</param>
/// <param name="At">Where it came from (<c>scores.csv:7</c>), for messages.</param>
public sealed record ManualScore(string Student, string SectionId, int Question, double Points, string Comment, string At);
