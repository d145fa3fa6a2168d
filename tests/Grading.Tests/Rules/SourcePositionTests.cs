using Grading.Core.Rules;

namespace Grading.Tests.Rules;

/// <summary>A rule breach is reported where it is in the file, whatever a <c>#line</c> directive claims.</summary>
public sealed class SourcePositionTests
{
    [TestCase("#line 1 \"grader/Secret.cs\"")]
    [TestCase("#line hidden")]
    public void Check_ViolationAfterLineDirective_NamesTheRealFileAndLine(string directive)
    {
        var compilation = Submission.Compile(("Section12.cs", $$"""
            using Grading.Contracts;
            using Ps1Autograd;

            namespace Student;

            public sealed class Section12 : ISection12ArrayGradientDescent
            {
            {{directive}}
                public TrainingRun Train(HousingData data, TrainingOptions options)
                {
                    var weights = TorchSharp.torch.zeros(7);
                    return new TrainingRun(new double[7], 0.1, new double[options.Epochs], new double[7]);
                }
            }
            """));

        var violation = new RuleChecker().Check(compilation, Ps1Rules.Section12Contract, Ps1Rules.Section12).Single();

        Assert.That((violation.File, violation.Line, violation.Code), Is.EqualTo(("Section12.cs", 11, "var weights = TorchSharp.torch.zeros(7);")));
    }
}
