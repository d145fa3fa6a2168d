using Grading.Core.Assignments;
using Grading.Core.Running;
using TorchSharp;
using S = AutodiffWarmup.Grading.AutodiffSettings;

namespace AutodiffWarmup.Grading;

/// <summary>
/// 6: trains on the training split, then the grader evaluates the returned network itself on the validation
/// split it kept back (the MSE), counts its parameters, and measures how far its curve is from a straight line.
/// </summary>
public sealed class MlpDriver : ISectionDriver
{
    public string Key => "mlp";

    // The grid on which a network without nonlinearity would give a straight line.
    private const int GridPoints = 21;

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var mlp = (ISection6Mlp)implementation;
        var session = (AutodiffSession)context.Session;
        var data = session.Parabola;
        var options = new MlpOptions(S.MlpEpochs, S.MlpBatchSize, S.MlpLearningRate, context.Assignment.Seed);
        return ValueRun.Run(section, context, "Train", values =>
        {
            using var x = session.Tensor(data.TrainX, column: true).to_type(torch.float32);
            using var y = session.Tensor(data.TrainY, column: true).to_type(torch.float32);
            var model = mlp.Train(x, y, options);
            if (model is null)
            {
                values.Add("valid.mse", null, "Train");
                return;
            }
            model.eval();
            using var noGrad = torch.no_grad();
            double[] predicted = Predict(model, session, data.ValidX);
            if (predicted.Length != data.ValidY.Length)
            {
                values.Reject($"the network gave {predicted.Length} outputs for {data.ValidY.Length} inputs of shape [n, 1]: it must map [n, 1] to [n, 1].");
                return;
            }
            values.Add("valid.mse", [predicted.Zip(data.ValidY, (p, t) => (p - t) * (p - t)).Average()], "Train");
            values.Add("mlp.parameters", [model.parameters().Sum(p => (double)p.numel())], "Train");
            double[] grid = LeastSquaresCubic.Linspace(-1, 1, GridPoints);
            values.Add("mlp.curvature", [Curvature(grid, Predict(model, session, grid))], "Train");
            if (Limit(section) is { } limit && values.Values["valid.mse"][0] > limit)
                values.Add("valid.mse.more", [TryTrainMore(model, session, x, y)], "Train");
        });
    }

    private static double? Limit(SectionSpec section) => section.Checks.FirstOrDefault(c => c.Key == "valid.mse")?.Maximum;

    // A network the grader cannot train further (its own dtype or device, parameters frozen) gets no diagnosis, not an error.
    private static double TryTrainMore(torch.nn.Module<torch.Tensor, torch.Tensor> model, AutodiffSession session, torch.Tensor x, torch.Tensor y)
    {
        try
        {
            return TrainMore(model, session, x, y);
        }
        catch (Exception)
        {
            return double.NaN;
        }
    }

    /// <summary>The validation MSE after <see cref="S.MlpExtraEpochs"/> more epochs of the notebook's training (Adam,
    /// batches of 128, in order) on the returned network: far lower when the submission stopped too early.</summary>
    private static double TrainMore(torch.nn.Module<torch.Tensor, torch.Tensor> model, AutodiffSession session, torch.Tensor x, torch.Tensor y)
    {
        using var grad = torch.enable_grad();
        model.train();
        using var optimizer = torch.optim.Adam(model.parameters(), S.MlpLearningRate);
        long n = x.shape[0];
        for (int epoch = 0; epoch < S.MlpExtraEpochs; epoch++)
            for (long start = 0; start < n; start += S.MlpBatchSize)
            {
                using var scope = torch.NewDisposeScope();
                long length = Math.Min(S.MlpBatchSize, n - start);
                var loss = torch.nn.functional.mse_loss(model.forward(x.narrow(0, start, length)), y.narrow(0, start, length));
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
            }
        model.eval();
        using var noGrad = torch.no_grad();
        double[] predicted = Predict(model, session, session.Parabola.ValidX);
        return predicted.Zip(session.Parabola.ValidY, (p, t) => (p - t) * (p - t)).Average();
    }

    private static double[] Predict(torch.nn.Module<torch.Tensor, torch.Tensor> model, AutodiffSession session, double[] x)
    {
        using var input = session.Tensor(x, column: true).to_type(torch.float32);
        using var output = model.forward(input);
        using var flat = output.to_type(torch.float64).cpu().reshape(-1);
        return flat.data<double>().ToArray();
    }

    /// <summary>The largest distance of the curve from the chord through its ends: 0 for an affine network.</summary>
    private static double Curvature(double[] x, double[] y)
    {
        if (y.Length != x.Length) return double.NaN;
        double slope = (y[^1] - y[0]) / (x[^1] - x[0]);
        return x.Select((xi, i) => Math.Abs(y[i] - (y[0] + slope * (xi - x[0])))).Max();
    }
}
