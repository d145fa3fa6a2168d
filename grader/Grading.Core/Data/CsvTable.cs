using System.Globalization;

namespace Grading.Core.Data;

/// <summary>A numeric CSV table: a header row of names, then rows of numbers.</summary>
public sealed class CsvTable
{
    public CsvTable(IReadOnlyList<string> columns, double[][] rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }
    /// <summary>Row-major values; every row has one value per column.</summary>
    public double[][] Rows { get; }

    /// <summary>Reads a comma-separated file of numbers; any malformed line is a <see cref="DataException"/>
    /// naming the file, the line and the column.</summary>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new DataException($"{path}: the data file does not exist.");
        using var reader = new StreamReader(path);
        string name = Path.GetFileName(path);
        string? header = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(header)) throw new DataException($"{name}(1): the file is empty; expected a header row.");
        string[] columns = header.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
        var rows = new List<double[]>();
        int lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            rows.Add(ParseRow(line, columns, name, lineNumber));
        }
        if (rows.Count == 0) throw new DataException($"{name}: the file has a header but no rows.");
        return new CsvTable(columns, rows.ToArray());
    }

    private static double[] ParseRow(string line, string[] columns, string file, int lineNumber)
    {
        string[] cells = line.Split(',');
        if (cells.Length != columns.Length)
            throw new DataException($"{file}({lineNumber}): expected {columns.Length} values, found {cells.Length}.");
        var values = new double[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out values[c]) || !double.IsFinite(values[c]))
                throw new DataException($"{file}({lineNumber}): column '{columns[c]}' holds '{cells[c]}', not a finite number.");
        }
        return values;
    }
}
