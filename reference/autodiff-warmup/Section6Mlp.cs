using AutodiffWarmup;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Submission;

/// <summary>6: seed 003's ParabolaMLP (1 → 32 → 32 → 1, ReLU), Adam and mini-batches from a DataLoader. The loader
/// batches row indices and gathers each batch in one step (see RowIndices): the same shuffled batches as
/// DataLoader(TensorDataset(x, y), …) with the same seed, fetched a batch at a time instead of a row at a time.</summary>
public sealed class Section6Mlp : ISection6Mlp
{
    public Module<Tensor, Tensor> Train(Tensor x, Tensor y, MlpOptions options)
    {
        manual_seed(options.Seed);
        var mlp = Sequential(Linear(1, 32), ReLU(), Linear(32, 32), ReLU(), Linear(32, 1));
        using var lossFunction = MSELoss();
        var optimizer = optim.Adam(mlp.parameters(), options.LearningRate);
        using var loader = new DataLoader<long, Tensor[]>(new RowIndices(x.shape[0]), options.BatchSize, (rows, _) =>
        {
            using var index = tensor(rows.ToArray(), device: x.device);
            return [x.index_select(0, index), y.index_select(0, index)];
        }, shuffle: true, seed: options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            mlp.train();
            double total = 0;
            long seen = 0;
            foreach (var batch in loader)
            {
                using var step = NewDisposeScope();
                var loss = lossFunction.forward(mlp.forward(batch[0]), batch[1]);
                loss.backward();
                optimizer.step();
                optimizer.zero_grad();
                total += loss.item<float>() * batch[0].shape[0];
                seen += batch[0].shape[0];
            }
            if (epoch % 10 == 0 || epoch == 1) System.Console.WriteLine($"epoch {epoch:000} | train MSE={total / seen:F5}");
        }
        return mlp;
    }
}
