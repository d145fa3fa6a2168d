using MathNet.Numerics.LinearAlgebra;
using TorchSharp;

namespace Grading.Torch;

/// <summary>MathNet ↔ TorchSharp copies (float64, row-major), for drivers that hand tensors to students.</summary>
public static class TensorConversion
{
    public static torch.Tensor ToTensor(Matrix<double> matrix, string device)
    {
        // MathNet stores column-major; ToRowMajorArray gives the layout a [rows, cols] tensor expects.
        return torch.tensor(matrix.ToRowMajorArray(), [matrix.RowCount, matrix.ColumnCount], torch.float64, torch.device(device));
    }

    public static torch.Tensor ToTensor(Vector<double> vector, string device) =>
        torch.tensor(vector.ToArray(), [vector.Count], torch.float64, torch.device(device));
}
