using System.Security.Cryptography;
using Grading.Core.Data;
using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd.Grading.Spec;

namespace Ps1Autograd.Grading.Data;

/// <summary>Turns the assignment's CSV into X and y exactly as its notebook does.</summary>
public static class DatasetPreparer
{
    public const string InterceptName = "intercept";

    public static RegressionDataset Prepare(DataSpec spec, string assignmentDirectory)
    {
        string path = Path.Combine(assignmentDirectory, spec.File);
        VerifyChecksum(spec, path);
        CsvTable table = CsvTable.Read(path);
        foreach (string dropped in spec.Drop.Append(spec.Target))
        {
            if (!table.Columns.Contains(dropped))
                throw new DataException($"{spec.File}: no column '{dropped}' (columns: {string.Join(", ", table.Columns)}).");
        }
        var kept = table.Columns.Select((name, index) => (name, index)).Where(c => !spec.Drop.Contains(c.name)).ToList();
        int n = table.Rows.Length;
        // Column-major scaled copy of every kept column: pandas scales the target too.
        var scaled = kept.ToDictionary(c => c.name, c => Standardize(table.Rows, c.index, spec.Standardize));
        var features = kept.Where(c => c.name != spec.Target).Select(c => c.name).ToList();
        int offset = spec.Intercept ? 1 : 0;
        var x = Matrix<double>.Build.Dense(n, features.Count + offset);
        if (spec.Intercept) x.SetColumn(0, Vector<double>.Build.Dense(n, 1.0));
        for (int j = 0; j < features.Count; j++) x.SetColumn(j + offset, scaled[features[j]]);
        var y = Vector<double>.Build.Dense(scaled[spec.Target]);
        var names = (spec.Intercept ? new[] { InterceptName } : []).Concat(features).ToList();
        return new RegressionDataset(x, y, names);
    }

    /// <summary>(x − mean) / std, with ddof 1 (sample) or 0 (population).</summary>
    internal static double[] Standardize(double[][] rows, int column, Standardization how)
    {
        int n = rows.Length;
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = rows[i][column];
        if (!TryStandardize(values, how)) throw new DataException($"column {column} is constant: it cannot be standardized.");
        return values;
    }

    /// <summary>Standardizes <paramref name="values"/> in place; false, leaving them as they are, when they are constant.</summary>
    internal static bool TryStandardize(double[] values, Standardization how)
    {
        if (how == Standardization.None) return true;
        int n = values.Length;
        double mean = values.Average();
        double squares = 0;
        foreach (double v in values) squares += (v - mean) * (v - mean);
        double std = Math.Sqrt(squares / (how == Standardization.Sample ? n - 1 : n));
        if (std == 0) return false;
        for (int i = 0; i < n; i++) values[i] = (values[i] - mean) / std;
        return true;
    }

    private static void VerifyChecksum(DataSpec spec, string path)
    {
        if (spec.Sha256 is null || !File.Exists(path)) return;
        using var stream = File.OpenRead(path);
        string actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (!string.Equals(actual, spec.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new DataException($"{spec.File}: sha256 is {actual}, but assignment.yml expects {spec.Sha256}; the data file was changed.");
    }
}
