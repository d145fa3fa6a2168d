using System.Globalization;
using System.Text.RegularExpressions;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>
/// CSV lines as spreadsheets read them: fields quoted when they hold a comma, quote or line break; numbers
/// invariant. A text field that a spreadsheet would run as a formula (OWASP's CSV injection: it starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>, which Excel,
/// LibreOffice and Google Sheets read as "text". A number (a score, <c>-2.5</c>) is left as it is, so it stays a number.
/// </summary>
internal static partial class CsvText
{
    public static void WriteLine(TextWriter writer, params string[] fields) =>
        writer.Write(string.Join(",", fields.Select(f => Quote(Neutralise(f)))) + "\r\n");

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Whether a spreadsheet would read <paramref name="field"/> as a formula (numbers aside).</summary>
    public static bool StartsFormula(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(field);

    /// <summary>The field as written: prefixed with <c>'</c> when it would start a formula.</summary>
    public static string Neutralise(string field) => StartsFormula(field) ? "'" + field : field;

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith(' ') || field.EndsWith(' ')
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;

    // What Number writes, and a negative one: never a formula, and must stay a number.
    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
