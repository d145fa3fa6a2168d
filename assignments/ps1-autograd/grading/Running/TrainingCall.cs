namespace Ps1Autograd.Grading.Running;

/// <summary>What one call of a section's Train gave back, and what it changed in the data it was given (null: nothing).</summary>
public sealed record TrainingCall(TrainingRun? Run, string? DataChanged);
