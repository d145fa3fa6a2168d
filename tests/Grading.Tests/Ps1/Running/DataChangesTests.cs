using MathNet.Numerics.LinearAlgebra;
using Ps1Autograd;
using Ps1Autograd.Grading.Running;
using TorchSharp;

namespace Grading.Tests.Ps1.Running;

/// <summary>A section's copy of the data, compared after Train with the grader's own.</summary>
public class DataChangesTests
{
    private static HousingData Original() => new(
        Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0.5, -1 }, { 1, -0.5, 2 }, { 1, 0.25, 0 } }),
        Vector<double>.Build.Dense([0.1, -0.2, 0.3]));

    private static HousingData Copy(HousingData data) => new(data.X.Clone(), data.Y.Clone());

    private static HousingTensors Tensors(HousingData data) => new(
        torch.tensor(data.X.ToRowMajorArray(), [data.X.RowCount, data.X.ColumnCount], torch.float64),
        torch.tensor(data.Y.ToArray(), [data.Y.Count], torch.float64));

    [Test]
    public void Describe_DataLeftAlone_IsNull()
    {
        Assert.That(DataChanges.Describe(Original(), Copy(Original())), Is.Null);
    }

    [Test]
    public void Describe_ColumnScaledInPlace_NamesTheColumnAndTheFix()
    {
        var copy = Copy(Original());
        copy.X.SetColumn(1, copy.X.Column(1) * 2);
        string? change = DataChanges.Describe(Original(), copy);
        Assert.That(change, Is.EqualTo("after Train, X's column 1 had changed (by up to 0.5)"));
    }

    [Test]
    public void Describe_TargetCentredAgain_NamesY()
    {
        var copy = Copy(Original());
        copy.Y.Subtract(copy.Y.Average(), copy.Y);
        Assert.That(DataChanges.Describe(Original(), copy), Does.StartWith("after Train, Y had changed"));
    }

    [Test]
    public void Describe_TensorViewMultipliedInPlace_NamesTheColumn()
    {
        var tensors = Tensors(Original());
        tensors.X.select(1, 2).mul_(3);
        Assert.That(DataChanges.Describe(Original(), tensors), Does.StartWith("after Train, X's column 2 had changed (by up to 4)"));
    }

    [Test]
    public void Describe_TensorsComputedIntoNewOnes_IsNull()
    {
        var tensors = Tensors(Original());
        using var scaled = tensors.X.select(1, 2) * 3;
        Assert.That(DataChanges.Describe(Original(), tensors), Is.Null);
    }

    [Test]
    public void Describe_EveryColumnChanged_SaysEveryColumn()
    {
        var tensors = Tensors(Original());
        tensors.X.mul_(2);
        Assert.That(DataChanges.Describe(Original(), tensors), Does.StartWith("after Train, every column of X had changed"));
    }
}
