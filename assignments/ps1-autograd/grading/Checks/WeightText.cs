using System.Globalization;

namespace Ps1Autograd.Grading.Checks;

/// <summary>Formats numbers and weight vectors for PS1's messages, invariantly, and compares weight vectors.</summary>
internal static class WeightText
{
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    public static string Weights(IReadOnlyList<double> w) =>
        "[" + string.Join(", ", w.Select(Weight)) + "]";

    /// <summary>Three decimals, as the notebook rounds; a diverged weight as 4.6E+45, never as 46 digits.</summary>
    public static string Weight(double value) => double.IsFinite(value) && Math.Abs(value) < 1e6
        ? value.ToString("0.000", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>Index and size of the largest absolute difference.</summary>
    public static (int Index, double Difference) LargestDifference(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        int worst = 0;
        double largest = -1;
        for (int j = 0; j < a.Count; j++)
        {
            double d = Math.Abs(a[j] - b[j]);
            if (double.IsNaN(d)) return (j, double.NaN);
            if (d > largest) (worst, largest) = (j, d);
        }
        return (worst, largest);
    }

    /// <summary>A difference as a message states it: below 1e-9 it is rounding (it varies with libtorch's thread count), said as such,
    /// so that the same code gets the same message on any machine.</summary>
    public static string Difference(double value) => Math.Abs(value) < 1e-9 ? "below 1E-09, rounding" : Number(value);

    public static bool AllFinite(IEnumerable<double> values) => values.All(double.IsFinite);
}
