using System.Globalization;

namespace Grading.Core.Exporting.Text;

/// <summary>A count with its noun in the right number ("1 student", "2 students", "0 errors"), for lines a person reads.</summary>
public static class Counted
{
    /// <param name="plural">The plural when it is not the noun plus "s".</param>
    public static string Of(long count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}
