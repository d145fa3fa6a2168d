namespace AutodiffWarmup.Grading;

/// <summary>A descent a section was asked to run: the loss, the learning rate and the number of steps.</summary>
public sealed record DescentTask(IDescentProblem Problem, double LearningRate, int Steps);
