using System.Globalization;

namespace Grading.Core.Checks;

/// <summary>Formats numbers for messages, invariantly.</summary>
internal static class VectorText
{
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
