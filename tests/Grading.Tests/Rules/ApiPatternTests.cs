using Grading.Core.Rules;
using NUnit.Framework;

namespace Grading.Tests.Rules;

[TestFixture]
public sealed class ApiPatternTests
{
    [TestCase("TorchSharp", "TorchSharp.torch.zeros", true)]
    [TestCase("TorchSharp.torch.Tensor.backward", "TorchSharp.torch.Tensor.backward", true)]
    [TestCase("TorchSharp.torch.Tensor.requires_grad", "TorchSharp.torch.Tensor.requires_grad_", false)]
    [TestCase("TorchSharp.torch", "TorchSharp.torchvision.io", false)]
    [TestCase("MathNet.Numerics.LinearAlgebra.*.Solve", "MathNet.Numerics.LinearAlgebra.Matrix.Solve", true)]
    [TestCase("MathNet.Numerics.LinearAlgebra.*.Solve", "MathNet.Numerics.LinearAlgebra.Double.DenseMatrix.Solve", false)]
    [TestCase("MathNet.Numerics.LinearAlgebra.*.Solve", "MathNet.Numerics.LinearAlgebra.Solve", false)]
    [TestCase("MathNet.Numerics.Fit", "MathNet.Numerics.FitExtensions.Line", false)]
    public void MatchesName_DottedPrefixWithOneSegmentWildcard(string pattern, string name, bool expected)
    {
        Assert.That(ApiPattern.Parse(pattern).MatchesName(name), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_TrailingParameter_SplitsSymbolPartAndParameter()
    {
        var pattern = ApiPattern.Parse(" TorchSharp.*(requires_grad) ");

        Assert.That((pattern.ParameterName, pattern.MatchesName("TorchSharp.torch.randn"), pattern.MatchesName("TorchSharp")),
            Is.EqualTo(("requires_grad", true, false)));
    }

    [TestCase("TorchSharp.torch.utils.data.DataLoader", true)]
    [TestCase("TorchSharp.Modules.DataLoader.#ctor", true)]
    [TestCase("TorchSharp.Modules.DataLoaderExtensions.Batch", false)]
    [TestCase("TorchSharp.torch.utils.data.TensorDataset", false)]
    public void MatchesName_Alternatives_MatchWhatAnyOfThemMatches(string name, bool expected)
    {
        var pattern = ApiPattern.Parse("TorchSharp.torch.utils.data.DataLoader | TorchSharp.Modules.DataLoader");
        Assert.That(pattern.MatchesName(name), Is.EqualTo(expected));
    }

    [Test]
    public void Parse_AlternativesWithParameters_KeepTheParameterOnlyWhenTheyAgree()
    {
        Assert.That(ApiPattern.Parse("TorchSharp.torch.ones(requires_grad) | TorchSharp.torch.zeros(requires_grad)").ParameterName, Is.EqualTo("requires_grad"));
        Assert.That(ApiPattern.Parse("TorchSharp.torch.ones(requires_grad) | TorchSharp.torch.zeros").ParameterName, Is.Null);
    }

    [TestCase("")]
    [TestCase("TorchSharp.torch |")]
    [TestCase("| TorchSharp.torch")]
    [TestCase("TorchSharp..torch")]
    [TestCase("TorchSharp.*(requires_grad")]
    [TestCase("TorchSharp.*()")]
    public void Parse_MalformedPattern_Throws(string pattern)
    {
        Assert.That(() => ApiPattern.Parse(pattern), Throws.TypeOf<FormatException>());
    }
}
