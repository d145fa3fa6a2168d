using Grading.Core.Assignments;
using Grading.Core.Policy;
using Grading.Tests.Rules;
using Grading.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grading.Tests.Policy;

/// <summary>PS1-shaped test submissions checked against the default policy.</summary>
internal static class PolicySubmission
{
    public static readonly IReadOnlyList<string> SectionContracts = [Ps1Rules.Section12Contract, Ps1Rules.Section13Contract];

    /// <summary>Lines 1-11; a test's own code starts at line 12.</summary>
    public const string Header = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Grading.Contracts;
        using MathNet.Numerics.LinearAlgebra;
        using Ps1Autograd;
        using TorchSharp;

        namespace Student;

        """;

    /// <summary>The line of <see cref="Section12With"/>'s first body line.</summary>
    public const int BodyLine = 16;

    /// <summary>Section 1.2's class with <paramref name="body"/> at <see cref="BodyLine"/> of Train and
    /// <paramref name="members"/> after Train.</summary>
    public static string Section12With(string body, string members = "") => Header + $$"""
        public sealed class Section12 : ISection12ArrayGradientDescent
        {
            public TrainingRun Train(HousingData data, TrainingOptions options)
            {
                {{body}}
                return new TrainingRun(new double[7], 0.1, new double[options.Epochs], new double[7]);
            }
        {{members}}
        }
        """;

    public static PolicyReport Check(params (string File, string Source)[] files) => Check(DefaultPolicy.Policy, files);

    public static PolicyReport Check(SubmissionPolicy policy, params (string File, string Source)[] files) =>
        PolicyChecker.Check(Submission.Compile(files), SectionContracts, policy);

    /// <summary>Like <see cref="Submission.Compile"/>, but keeps a compilation with errors: unsafe code
    /// does not compile in a submission, and the policy must still say why.</summary>
    public static Compilation CompileWithErrors(string file, string source) =>
        CSharpCompilation.Create(
            "Submission",
            [CSharpSyntaxTree.ParseText(source, path: file)],
            MetadataReferences.ForPs1,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false));
}
