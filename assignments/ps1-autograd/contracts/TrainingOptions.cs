namespace Ps1Autograd;

/// <summary>What the grader asks of one training run.</summary>
/// <param name="Epochs">How many epochs to run: exactly this many updates, one loss recorded per epoch.</param>
/// <param name="LogEvery">Print the loss when <c>epoch % LogEvery == 0</c>, as the notebook does.</param>
/// <param name="Seed">Seed every random initialisation with this value so a run can be repeated.</param>
public sealed record TrainingOptions(int Epochs, int LogEvery, int Seed);
