using Grading.Core.Data;
using Grading.Tests.Support;
using Ps1Autograd.Grading.Data;
using Ps1Autograd.Grading.Spec;

namespace Grading.Tests.Ps1.Data;

public class DatasetPreparerTests
{
    // The scaled head the problem set prints (rows 0, 1 and 4), from assignments/ps1-autograd/data/README.md.
    private static readonly (int Row, double[] Values)[] ScaledHead =
    [
        (0, [-1.079639, 1.361655, 1.764152, -0.361173, -0.075996, -1.252506, -1.210522]),
        (1, [-0.761850, 2.296540, 3.230346, -0.261858, -0.099401, -1.081451, -1.096713]),
        (4, [-0.682402, -0.545731, -0.506313, -0.701809, -0.622130, -1.026424, -1.222593]),
    ];

    internal static RegressionDataset Ps1Data() => DatasetPreparer.Prepare(Ps1DataSpec(), RepositoryPaths.Assignment("ps1-autograd"));

    internal static DataSpec Ps1DataSpec() => new()
    {
        File = "data/california_housing_train.csv",
        Drop = ["longitude", "latitude"],
        Target = "median_house_value",
        Standardize = Standardization.Sample,
        Intercept = true,
        Sha256 = "7c4a06cf4ca76d4202188cd2421ea27fe025a88e4a19146101549a1be30e60a4",
    };

    [Test]
    public void Prepare_Ps1Data_ReproducesTheNotebooksScaledHead()
    {
        var data = Ps1Data();
        Assert.That(data.X.RowCount, Is.EqualTo(17000));
        Assert.That(data.X.ColumnCount, Is.EqualTo(7));
        foreach (var (row, values) in ScaledHead)
        {
            Assert.That(data.X[row, 0], Is.EqualTo(1.0), "intercept column");
            for (int j = 0; j < 6; j++) Assert.That(data.X[row, j + 1], Is.EqualTo(values[j]).Within(1e-6), $"row {row}, feature {j}");
            Assert.That(data.Y[row], Is.EqualTo(values[6]).Within(1e-6), $"row {row}, target");
        }
    }

    [Test]
    public void Prepare_Ps1Data_NamesTheColumnsInTheNotebooksOrder()
    {
        Assert.That(Ps1Data().FeatureNames, Is.EqualTo(new[]
        {
            "intercept", "housing_median_age", "total_rooms", "total_bedrooms", "population", "households", "median_income",
        }));
    }

    [Test]
    public void Prepare_ChangedDataFile_FailsTheChecksum()
    {
        var spec = Ps1DataSpec();
        var tampered = new DataSpec { File = spec.File, Drop = spec.Drop, Target = spec.Target, Sha256 = new string('0', 64) };
        var error = Assert.Throws<DataException>(() => DatasetPreparer.Prepare(tampered, RepositoryPaths.Assignment("ps1-autograd")));
        Assert.That(error!.Message, Does.Contain("sha256").And.Contain("was changed"));
    }

    [Test]
    public void Prepare_MissingColumn_NamesTheColumnAndTheOnesThatExist()
    {
        var spec = new DataSpec { File = "data/california_housing_train.csv", Target = "price" };
        var error = Assert.Throws<DataException>(() => DatasetPreparer.Prepare(spec, RepositoryPaths.Assignment("ps1-autograd")));
        Assert.That(error!.Message, Does.Contain("no column 'price'").And.Contain("median_house_value"));
    }

    [Test]
    public void Standardize_Sample_UsesDdofOne()
    {
        double[][] rows = [[1.0], [2.0], [3.0]];
        // mean 2, sample std 1: values -1, 0, 1 (population std would give ±1.2247).
        Assert.That(DatasetPreparer.Standardize(rows, 0, Standardization.Sample), Is.EqualTo(new[] { -1.0, 0.0, 1.0 }).Within(1e-12));
        Assert.That(DatasetPreparer.Standardize(rows, 0, Standardization.Population)[0], Is.EqualTo(-1.224744871).Within(1e-9));
    }
}
