using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using TorchSharp;

namespace Ps1Autograd.Grading.Running;

/// <summary>
/// Whether a section changed, in place, the data it was given: compared after the call with the grader's own copy. The
/// grader's later runs and checks never see the change (every call gets fresh copies); the student is told what changed.
/// </summary>
public static class DataChanges
{
    /// <summary>What to do instead, in a student's words.</summary>
    public const string Fix = "leave data.X and data.Y as they are: compute new values instead (x * g, not x.mul_(g); "
        + "Map, not MapInplace; no operation that writes its result into the data).";

    /// <summary>What changed in <paramref name="after"/>, in words ("after Train, Y had changed (by up to 0.1)"), or null when nothing did.</summary>
    public static string? Describe(HousingData original, HousingData after) =>
        Describe(original.X, original.Y, after.X.ToColumnArrays(), after.Y.ToArray());

    /// <summary>The same for tensors; a tensor the section disposed or reshaped is reported as changed too.</summary>
    public static string? Describe(HousingData original, HousingTensors after)
    {
        try
        {
            int rows = original.X.RowCount, columns = original.X.ColumnCount;
            if (!after.X.shape.SequenceEqual([rows, columns]) || !after.Y.shape.SequenceEqual([rows]))
                return $"after Train, X had shape [{string.Join(", ", after.X.shape)}] and Y [{string.Join(", ", after.Y.shape)}]";
            double[] x = after.X.detach().cpu().to_type(torch.float64).contiguous().data<double>().ToArray();
            double[][] byColumn = Enumerable.Range(0, columns).Select(j => Enumerable.Range(0, rows).Select(i => x[i * columns + j]).ToArray()).ToArray();
            return Describe(original.X, original.Y, byColumn, after.Y.detach().cpu().to_type(torch.float64).data<double>().ToArray());
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or ArgumentException)
        {
            return $"after Train, X or Y could no longer be read ({e.GetType().Name}): the section disposed or broke them";
        }
    }

    private static string? Describe(Matrix<double> x, Vector<double> y, double[][] xAfter, double[] yAfter)
    {
        var columns = new List<int>();
        double largest = 0;
        for (int j = 0; j < x.ColumnCount; j++)
        {
            double change = Enumerable.Range(0, x.RowCount).Max(i => Difference(x[i, j], xAfter[j][i]));
            if (change > 0) columns.Add(j);
            largest = Math.Max(largest, change);
        }
        double yChange = Enumerable.Range(0, y.Count).Max(i => Difference(y[i], yAfter[i]));
        largest = Math.Max(largest, yChange);
        var what = new List<string>();
        if (columns.Count > 0) what.Add(columns.Count == x.ColumnCount ? "every column of X" : $"X's column {string.Join(", ", columns)}");
        if (yChange > 0) what.Add("Y");
        if (what.Count == 0) return null;
        return $"after Train, {string.Join(" and ", what)} had changed (by up to {largest.ToString("G3", CultureInfo.InvariantCulture)})";
    }

    private static double Difference(double a, double b) => a.Equals(b) ? 0 : double.IsFinite(a - b) ? Math.Abs(a - b) : double.PositiveInfinity;
}
