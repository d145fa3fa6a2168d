namespace Grading.Core.Compiling;

/// <summary>One source file of a submission, named relative to the submission folder.</summary>
public sealed record SourceFile(string RelativePath, string Text);
