using System.Text;

namespace Grading.Core.Bulk;

/// <summary>
/// A CSV file as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, commas and line
/// breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark). The header's names are trimmed and
/// compared case-insensitively; blank lines are skipped.
/// </summary>
public sealed class CsvFile
{
    private CsvFile(string path, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows) => (Path, Header, Rows) = (path, header, rows);

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The file name and line, as messages cite it: <c>roster.csv:12</c>.</summary>
    public string At(int line) => $"{System.IO.Path.GetFileName(Path)}:{line}";

    public static CsvFile Read(string path)
    {
        if (!File.Exists(path)) throw new BulkInputException($"{path}: the file does not exist.");
        var records = Parse(File.ReadAllText(path, Encoding.UTF8), System.IO.Path.GetFileName(path));
        if (records.Count == 0) throw new BulkInputException($"{System.IO.Path.GetFileName(path)}:1: the file is empty; expected a header row.");
        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        return new CsvFile(path, header, records.Skip(1).ToList());
    }

    /// <summary>The index of each expected column; an unknown or repeated name, or a missing required one, is an error at line 1.</summary>
    public IReadOnlyDictionary<string, int> Columns(IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        var known = required.Concat(optional).ToList();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Header.Count; i++)
        {
            string name = Header[i];
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new BulkInputException($"{At(1)}: unknown column '{name}' in the header; expected {string.Join(", ", known)}.");
            if (!columns.TryAdd(name, i)) throw new BulkInputException($"{At(1)}: the column '{name}' appears twice in the header.");
        }
        if (required.FirstOrDefault(r => !columns.ContainsKey(r)) is { } missing)
            throw new BulkInputException($"{At(1)}: the header has no '{missing}' column (it has: {string.Join(", ", Header)}).");
        return columns;
    }

    /// <summary>The field of <paramref name="column"/>, trimmed; empty when the column is absent or the row is short.</summary>
    public static string Field(CsvRow row, IReadOnlyDictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out int i) && i < row.Fields.Count ? row.Fields[i].Trim() : "";

    private static List<CsvRow> Parse(string text, string name)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, rowStart = 1;
        bool quoted = false, any = false;
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    EndRow(rows, fields, field, rowStart, any);
                    (any, rowStart) = (false, ++line);
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (quoted) throw new BulkInputException($"{name}:{rowStart}: a quoted field is never closed.");
        EndRow(rows, fields, field, rowStart, any);
        return rows;
    }

    private static void EndRow(List<CsvRow> rows, List<string> fields, StringBuilder field, int line, bool any)
    {
        if (any) rows.Add(new CsvRow(line, [.. fields, field.ToString()]));
        fields.Clear();
        field.Clear();
    }
}
