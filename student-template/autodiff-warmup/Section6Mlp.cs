using System;
using AutodiffWarmup;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Submission;

public sealed class Section6Mlp : ISection6Mlp
{
    public Module<Tensor, Tensor> Train(Tensor x, Tensor y, MlpOptions options)
    {
        // FILL IN: manual_seed(options.Seed); Sequential(Linear(1, 32), ReLU(), Linear(32, 32), ReLU(), Linear(32, 1));
        // MSELoss; optim.Adam at options.LearningRate; torch.utils.data.TensorDataset(x, y) and a DataLoader with
        // options.BatchSize, shuffle: true; options.Epochs epochs of forward, loss, backward, step, zero_grad.
        // Return the trained network: the grader measures its MSE on a validation split it kept.
        // A TensorDataset hands the DataLoader one row at a time (100 epochs: tens of seconds). Faster, and still
        // TorchSharp's DataLoader: a torch.utils.data.Dataset<long> of row indices (GetTensor(i) => i) and
        // new DataLoader<long, Tensor[]>(rows, batchSize, collate, shuffle: true, seed: ...), whose collate function
        // takes a batch's indices and returns [x.index_select(0, index), y.index_select(0, index)].
        throw new NotImplementedException();
    }
}
