namespace Grading.Reports.Html;

/// <summary>A compiler message with the offending line and a caret under the column.</summary>
public sealed record DiagnosticView(string Severity, string Location, string Id, string Message, string SourceLine, string Caret);
