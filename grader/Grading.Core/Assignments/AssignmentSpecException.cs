namespace Grading.Core.Assignments;

/// <summary>
/// A problem in an <c>assignment.yml</c>: a missing file, a YAML syntax error, a missing or mistyped
/// field, an unknown key or a failed consistency check. The message reads like a compiler's, e.g.
/// <c>assignment.yml(12,5): error: section '1.2', check 2: field 'points' must be a number, found 'thirty'.</c>,
/// so course staff can jump straight to the place in an editor.
/// </summary>
public sealed class AssignmentSpecException : Exception
{
    public AssignmentSpecException(string file, int line, int column, string? field, string problem, Exception? innerException = null)
        : base(Format(file, line, column, problem), innerException)
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file as it was named to the loader (display path).</summary>
    public string File { get; }
    /// <summary>1-based line of the problem; 0 when it concerns the file as a whole (e.g. it does not exist).</summary>
    public int Line { get; }
    /// <summary>1-based column of the problem; 0 together with <see cref="Line"/> 0.</summary>
    public int Column { get; }
    /// <summary>Path of the field at fault, e.g. <c>sections[1].checks[0].points</c> (0-based indexes);
    /// null when the problem is not about one field (syntax errors, an empty file).</summary>
    public string? Field { get; }
    /// <summary>The message without the <c>file(line,col): error: </c> prefix.</summary>
    public string Problem { get; }

    private static string Format(string file, int line, int column, string problem) =>
        line > 0 ? $"{file}({line},{column}): error: {problem}" : $"{file}: error: {problem}";
}
