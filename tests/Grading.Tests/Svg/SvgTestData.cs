using System.Globalization;
using System.Xml.Linq;
using MathNet.Numerics.LinearAlgebra;
using Grading.Reports.Svg;

namespace Grading.Tests.Svg;

/// <summary>Deterministic inputs for the chart tests, and small helpers to read the SVG back.</summary>
internal static class SvgTestData
{
    public static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    /// <summary>Standard normal samples by Box–Muller from a seeded generator (same seed, same numbers).</summary>
    public static double[] Normal(int count, int seed, double sd = 1)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            values[i] = sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return values;
    }

    /// <summary>A loss history falling from 13 to about 0.43, shaped like the PS1 gradient descent.</summary>
    public static double[] LossCurve(int epochs = 5000) =>
        Enumerable.Range(0, epochs).Select(t => 0.43 + 12.57 * Math.Exp(-t / 400.0)).ToArray();

    /// <summary>Full-batch gradient descent on a synthetic 7-feature linear regression: the loss per epoch
    /// for each learning rate, and the least-squares optimum's loss.</summary>
    public static (List<ChartSeries> Series, double Optimum) GradientDescent(int epochs, params double[] learningRates)
    {
        const int rows = 400, features = 7;
        var noise = Normal(rows, 11, 0.65);
        var xs = Normal(rows * features, 12);
        var x = Matrix<double>.Build.Dense(rows, features, (i, j) => xs[i * features + j]);
        var truth = Vector<double>.Build.DenseOfArray([0.8, -0.3, 0.5, 0.1, 0.9, -0.6, 0.2]);
        var y = x * truth + Vector<double>.Build.DenseOfArray(noise);
        double Loss(Vector<double> w) => (x * w - y).PointwisePower(2).Sum() / rows;

        var series = new List<ChartSeries>();
        foreach (var lr in learningRates)
        {
            var w = Vector<double>.Build.DenseOfArray([-2.5, 2.0, -2.0, 2.5, -1.5, 2.0, -2.0]);
            var losses = new double[epochs];
            for (var t = 0; t < epochs; t++)
            {
                losses[t] = Loss(w);
                w -= lr * 2.0 / rows * (x.TransposeThisAndMultiply(x * w - y));
            }
            series.Add(ChartSeries.Indexed($"learning rate {lr}", losses));
        }
        var best = x.TransposeThisAndMultiply(x).Solve(x.TransposeThisAndMultiply(y));
        return (series, Loss(best));
    }

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public static List<string> TickLabels(XDocument doc, string axis) =>
        doc.Descendants(SvgNs + "text")
            .Where(t => ((string?)t.Attribute("class") ?? "").Split(' ').Contains($"{axis}-tick"))
            .Select(t => t.Value).ToList();

    public static List<XElement> SeriesPaths(XDocument doc) =>
        doc.Descendants(SvgNs + "path").Where(p => ((string?)p.Attribute("class") ?? "").Split(' ').Contains("series")).ToList();

    /// <summary>Number of vertices in polyline path data ("M x y L x y x y ...").</summary>
    public static int Vertices(string pathData) =>
        pathData.Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries).Length / 2;

    public static string Notes(XDocument doc) =>
        string.Join("\n", doc.Descendants(SvgNs + "text").Where(t => (string?)t.Attribute("class") == "chart-note").Select(t => t.Value));
}
