using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Grading.Contracts;
using MathNet.Numerics.Distributions;
using Ps1Autograd;

namespace Submission;

/// <summary>
/// 1.2 Gradient descent on the MSE with seven scalar weights and hand-written gradients, on plain
/// arrays.
/// </summary>
public sealed class Section12ArrayGradientDescent : ISection12ArrayGradientDescent
{
    // Below the stability bound 2/λmax((2/n)XᵀX) ≈ 0.257 of this data, and large enough to reach
    // the optimum to 6 decimals well within 5000 epochs.
    private const double LearningRate = 0.1;

    public TrainingRun Train(HousingData data, TrainingOptions options)
    {
        // The columns x0..x6 as contiguous arrays, copied once: MathNet stores the matrix column by
        // column already, but indexing it element by element in the hot loop would cost a bounds
        // check and a virtual call per element.
        double[][] x = data.X.ToColumnArrays();
        double[] y = data.Y.ToArray();
        int n = y.Length;

        // Randomly initialize weights: b ~ N(0, 1), seeded so the run can be repeated.
        var random = new Random(options.Seed);
        double b0 = Normal.Sample(random, 0.0, 1.0);
        double b1 = Normal.Sample(random, 0.0, 1.0);
        double b2 = Normal.Sample(random, 0.0, 1.0);
        double b3 = Normal.Sample(random, 0.0, 1.0);
        double b4 = Normal.Sample(random, 0.0, 1.0);
        double b5 = Normal.Sample(random, 0.0, 1.0);
        double b6 = Normal.Sample(random, 0.0, 1.0);
        double[] initialWeights = [b0, b1, b2, b3, b4, b5, b6];

        var lossHistory = new double[options.Epochs];
        for (int t = 0; t < options.Epochs; t++)
        {
            // Forward pass, loss and backprop in one sweep over the rows (see EpochSums): the data
            // is read once per epoch instead of once per line of the notebook.
            var sums = EpochSums(x, y, b0, b1, b2, b3, b4, b5, b6);

            // Compute and print loss: the MSE of the weights before this epoch's update.
            double loss = sums.SquaredError / n;
            lossHistory[t] = loss;
            if (t % options.LogEvery == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Epoch:{t}, loss:{loss}"));
            }

            // Backprop: grad_y_pred = 2(ŷ − y)/n, and grad_bj = Σ grad_y_pred·xj. The constant 2/n
            // is the same for every row, so it is taken out of the sums.
            double scale = 2.0 / n;
            double gradB0 = scale * sums.G0;
            double gradB1 = scale * sums.G1;
            double gradB2 = scale * sums.G2;
            double gradB3 = scale * sums.G3;
            double gradB4 = scale * sums.G4;
            double gradB5 = scale * sums.G5;
            double gradB6 = scale * sums.G6;

            // Update weights.
            b0 -= LearningRate * gradB0;
            b1 -= LearningRate * gradB1;
            b2 -= LearningRate * gradB2;
            b3 -= LearningRate * gradB3;
            b4 -= LearningRate * gradB4;
            b5 -= LearningRate * gradB5;
            b6 -= LearningRate * gradB6;
        }

        return new TrainingRun(initialWeights, LearningRate, lossHistory, [b0, b1, b2, b3, b4, b5, b6]);
    }

    /// <summary>Σr² and Σr·xj (j = 0..6) over the rows, with r = ŷ − y the residual of each row.</summary>
    private readonly record struct EpochSum(
        double SquaredError, double G0, double G1, double G2, double G3, double G4, double G5, double G6);

    /// <summary>
    /// One pass over the rows: ŷ = b0·x0 + … + b6·x6, r = ŷ − y, and the sums of <see cref="EpochSum"/>.
    /// Vector&lt;double&gt; lanes (SIMD) for the bulk, scalars for the rows left over.
    /// </summary>
    private static EpochSum EpochSums(
        double[][] x, double[] y, double b0, double b1, double b2, double b3, double b4, double b5, double b6)
    {
        var x0 = MemoryMarshal.Cast<double, Vector<double>>(x[0]);
        var x1 = MemoryMarshal.Cast<double, Vector<double>>(x[1]);
        var x2 = MemoryMarshal.Cast<double, Vector<double>>(x[2]);
        var x3 = MemoryMarshal.Cast<double, Vector<double>>(x[3]);
        var x4 = MemoryMarshal.Cast<double, Vector<double>>(x[4]);
        var x5 = MemoryMarshal.Cast<double, Vector<double>>(x[5]);
        var x6 = MemoryMarshal.Cast<double, Vector<double>>(x[6]);
        var yv = MemoryMarshal.Cast<double, Vector<double>>(y);

        var vb0 = new Vector<double>(b0);
        var vb1 = new Vector<double>(b1);
        var vb2 = new Vector<double>(b2);
        var vb3 = new Vector<double>(b3);
        var vb4 = new Vector<double>(b4);
        var vb5 = new Vector<double>(b5);
        var vb6 = new Vector<double>(b6);
        Vector<double> sse = default, g0 = default, g1 = default, g2 = default,
            g3 = default, g4 = default, g5 = default, g6 = default;

        for (int i = 0; i < yv.Length; i++)
        {
            var r = vb0 * x0[i] + vb1 * x1[i] + vb2 * x2[i] + vb3 * x3[i]
                  + vb4 * x4[i] + vb5 * x5[i] + vb6 * x6[i] - yv[i];
            sse += r * r;
            g0 += r * x0[i];
            g1 += r * x1[i];
            g2 += r * x2[i];
            g3 += r * x3[i];
            g4 += r * x4[i];
            g5 += r * x5[i];
            g6 += r * x6[i];
        }

        double sseSum = Vector.Sum(sse), g0Sum = Vector.Sum(g0), g1Sum = Vector.Sum(g1),
            g2Sum = Vector.Sum(g2), g3Sum = Vector.Sum(g3), g4Sum = Vector.Sum(g4),
            g5Sum = Vector.Sum(g5), g6Sum = Vector.Sum(g6);

        for (int i = yv.Length * Vector<double>.Count; i < y.Length; i++)
        {
            double r = b0 * x[0][i] + b1 * x[1][i] + b2 * x[2][i] + b3 * x[3][i]
                     + b4 * x[4][i] + b5 * x[5][i] + b6 * x[6][i] - y[i];
            sseSum += r * r;
            g0Sum += r * x[0][i];
            g1Sum += r * x[1][i];
            g2Sum += r * x[2][i];
            g3Sum += r * x[3][i];
            g4Sum += r * x[4][i];
            g5Sum += r * x[5][i];
            g6Sum += r * x[6][i];
        }

        return new EpochSum(sseSum, g0Sum, g1Sum, g2Sum, g3Sum, g4Sum, g5Sum, g6Sum);
    }
}
