namespace Grading.Core.Exporting.Text;

/// <summary>
/// The summary's table of sections: short columns (section, points, status, time) lined up by terminal cells,
/// and the first problem, a message of any length, last.
/// <list type="bullet">
/// <item>Without a width (output to a file, a pipe, a CI log): the stable plain layout scripts and tests read,
/// one line per section, the problem cut at <see cref="PlainProblemCells"/> cells.</item>
/// <item>With a terminal's width: nothing passes the right edge (a terminal would wrap it under the
/// section column). The problem wraps in its column, at most <see cref="MaxProblemLines"/> lines, the rest
/// cut with an ellipsis; when the column would be narrower than <see cref="MinimumProblemCells"/> (a narrow
/// terminal, pending points) each problem goes on its own lines under its row instead.</item>
/// </list>
/// The short cells must already be terminal-safe (<see cref="TerminalText"/>); the problems are student text as
/// it came and are made safe here: the plain layout cuts what the student wrote, then escapes it (a hostile
/// character shows in full, as <c>\x1B</c>); the terminal layout escapes, then fits the escaped text to the width.
/// </summary>
public static class SectionTable
{
    public const int PlainProblemCells = 100;
    public const int MinimumProblemCells = 24;
    public const int MaxProblemLines = 3;
    /// <summary>Below this many columns lines are laid out as for this many: a terminal that narrow wraps them anyway.</summary>
    public const int MinimumWidth = 40;
    private const string Gap = "  ";
    private const string ProblemHeading = "First problem";
    private const string UnderRowIndent = "    ";

    public static void Write(TextWriter writer, IReadOnlyList<string[]> rows, IReadOnlyList<string> problems, int? terminalWidth)
    {
        string[] header = ["Section", "Points", "Status", "Time"];
        int[] widths = Enumerable.Range(0, header.Length).Select(c => rows.Select(r => TerminalCells.Width(r[c])).Append(header[c].Length).Max()).ToArray();
        int indent = widths.Sum() + Gap.Length * widths.Length;
        int? width = terminalWidth is { } w ? Math.Max(w, MinimumWidth) : null;
        bool underRow = width - indent < MinimumProblemCells;
        string[] rule = widths.Select(n => new string('-', n)).ToArray();
        if (underRow)
        {
            writer.WriteLine(Row(header, widths, null));
            writer.WriteLine(Row(rule, widths, null));
        }
        else
        {
            writer.WriteLine(Row(header, widths, ProblemHeading));
            writer.WriteLine(Row(rule, widths, new string('-', ProblemHeading.Length)));
        }
        for (int i = 0; i < rows.Count; i++)
        {
            string problem = problems[i].ReplaceLineEndings(" ");
            if (width is not { } total)
            {
                writer.WriteLine(Row(rows[i], widths, TerminalText.Line(CellWrap.Truncate(problem, PlainProblemCells))));
                continue;
            }
            problem = TerminalText.Line(problem);
            if (underRow)
            {
                writer.WriteLine(Row(rows[i], widths, null));
                foreach (string line in CellWrap.Wrap(problem, total - UnderRowIndent.Length, MaxProblemLines))
                    writer.WriteLine(UnderRowIndent + line);
                continue;
            }
            var lines = CellWrap.Wrap(problem, total - indent, MaxProblemLines);
            writer.WriteLine(Row(rows[i], widths, lines.Count > 0 ? lines[0] : null));
            foreach (string line in lines.Skip(1)) writer.WriteLine(new string(' ', indent) + line);
        }
    }

    private static string Row(string[] cells, int[] widths, string? last) =>
        (string.Concat(cells.Select((c, i) => TerminalCells.PadRight(c, widths[i]) + Gap)) + last).TrimEnd();
}
