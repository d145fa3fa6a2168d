using System.Globalization;

namespace Grading.Core.Exporting.Gradebook;

/// <summary>Counts as people read them: "1 student", "2 students", "0 errors".</summary>
public static class CountText
{
    /// <summary>The count and the noun, singular for exactly one (the plural adds an s unless given).</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, singular, plural);

    /// <summary>The noun alone, for a count shown elsewhere.</summary>
    public static string Noun(int count, string singular, string? plural = null) => count == 1 ? singular : plural ?? singular + "s";
}
