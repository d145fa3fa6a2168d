using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Reference;
using Grading.Core.Running;
using Grading.Tests.Data;

namespace Grading.Tests.Checks;

/// <summary>Builds check contexts around synthetic runs on the real PS1 data, and simulated descents.</summary>
internal static class CheckHarness
{
    public static readonly Lazy<LeastSquaresReference> Ps1Reference = new(() => new LeastSquaresReference(DatasetPreparerTests.Ps1Data()));

    public static readonly double[] Start = [0.3, -0.2, 0.5, 0.1, -0.4, 0.2, 0.05];

    public static AssignmentSpec Assignment(SectionSpec section) => new()
    {
        Id = "test", Title = "test", Harness = "none", Directory = ".",
        Data = DatasetPreparerTests.Ps1DataSpec(),
        Training = new TrainingSpec { Epochs = 5000, LogEvery = 1000, ProbeEpochs = 3 },
        Sections = [section],
    };

    public static SectionSpec Section(CheckSpec check, IReadOnlyList<QuestionSpec>? questions = null, IReadOnlyList<RuleSpec>? rules = null) => new()
    {
        Id = "1.2", Title = "GD", Points = check.Points, Driver = "none", Contract = "none", Checks = [check],
        Questions = questions ?? [], Rules = rules ?? [],
    };

    public static CheckOutcome Evaluate(ICheck check, SectionRun run, double? tolerance = null, double? relative = null)
    {
        var spec = new CheckSpec { Kind = check.Kind, Points = 8, Tolerance = tolerance, RelativeTolerance = relative };
        var section = Section(spec);
        return check.Evaluate(new CheckContext(Assignment(section), section, spec, run, Ps1Reference.Value)).Single();
    }

    /// <summary>Every outcome the section's checks yield (answers yields one per question).</summary>
    public static IReadOnlyList<CheckOutcome> EvaluateSection(SectionSpec section, SectionRun run) =>
        section.Checks.SelectMany(spec => CheckRegistry.Default[spec.Kind]
            .Evaluate(new CheckContext(Assignment(section), section, spec, run, Ps1Reference.Value))).ToList();

    /// <summary>Gradient descent the way a student might write it: a gradient function and an update rule
    /// that can carry the previous gradient (for accumulation).</summary>
    public static TrainingRecord Simulate(int epochs, double lr, Func<double[], double[]> gradient, bool accumulate = false)
    {
        var w = (double[])Start.Clone();
        var losses = new List<double>();
        var carried = new double[w.Length];
        for (int t = 0; t < epochs; t++)
        {
            losses.Add(Ps1Reference.Value.Loss(w));
            double[] g = gradient(w);
            for (int j = 0; j < w.Length; j++)
            {
                carried[j] = accumulate ? carried[j] + g[j] : g[j];
                w[j] -= lr * carried[j];
            }
        }
        return new TrainingRecord(epochs, (double[])Start.Clone(), lr, losses.ToArray(), w);
    }

    public static double[] Exact(double[] w) => Ps1Reference.Value.Gradient(w);

    /// <summary>A converged 5000-epoch run at lr 0.1, the assignment's budget (cheap: the Gram form is 7×7).</summary>
    public static readonly Lazy<TrainingRecord> Converged = new(() => Simulate(5000, 0.1, Exact));

    public static SectionRun Run(TrainingRecord training, TrainingRecord? probe = null, string output = "") => new()
    {
        SectionId = "1.2", Training = training, Probe = probe ?? training, Output = new CapturedOutput(output, 0),
    };
}
