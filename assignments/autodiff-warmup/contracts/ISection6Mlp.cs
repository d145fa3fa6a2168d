using TorchSharp;
using static TorchSharp.torch.nn;

namespace AutodiffWarmup;

/// <summary>6: a small MLP (1 → 32 → 32 → 1, ReLU) learns y = x² + noise.</summary>
public interface ISection6Mlp
{
    /// <summary>Trains on the training split (<paramref name="x"/>, <paramref name="y"/>: [n, 1] each) in mini-batches
    /// from TorchSharp's DataLoader (over a TensorDataset, or over row indices with a collate function that gathers
    /// each batch), with Adam and the MSE loss; returns the trained network, which the
    /// grader evaluates on the validation split it kept.</summary>
    Module<torch.Tensor, torch.Tensor> Train(torch.Tensor x, torch.Tensor y, MlpOptions options);
}
