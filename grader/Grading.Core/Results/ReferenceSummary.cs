namespace Grading.Core.Results;

/// <summary>The grader's own solution, stored with every result so a report can show it beside the student's.</summary>
public sealed record ReferenceSummary(IReadOnlyList<string> WeightNames, double[] Weights, double OptimalLoss, double StableLearningRateBound);
