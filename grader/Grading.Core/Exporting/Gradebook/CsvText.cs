using System.Globalization;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>CSV lines as spreadsheets read them: fields quoted when they hold a comma, quote or line break; numbers invariant.</summary>
internal static class CsvText
{
    public static void WriteLine(TextWriter writer, params string[] fields) =>
        writer.Write(string.Join(",", fields.Select(Quote)) + "\r\n");

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
