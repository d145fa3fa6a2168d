using TorchSharp;

namespace Submission;

/// <summary>The rows 0..n-1 of the training tensors, as a dataset of indices: the DataLoader shuffles (seeded) and
/// batches the indices, and Section6Mlp's collate function fetches each batch's rows with one index_select. A
/// TensorDataset would hand the loader one row at a time, to be stacked 128 at a time: for 1638 rows and 100
/// epochs that per-row fetching was ~90% of the section's time.</summary>
public sealed class RowIndices(long count) : torch.utils.data.Dataset<long>
{
    public override long Count => count;

    public override long GetTensor(long index) => index;
}
