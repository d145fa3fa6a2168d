namespace Ps1Autograd.Grading.Running;

/// <summary>One tensor-section call: fresh tensors, torch seeded, tensors released afterwards.</summary>
internal static class TensorRun
{
    public static TrainingRun? With(Ps1Session session, TrainingOptions options, Func<HousingTensors, TrainingOptions, TrainingRun?> train)
    {
        var tensors = session.FreshTensors();
        try
        {
            Ps1Session.SeedTorch(options.Seed);
            return train(tensors, options);
        }
        finally
        {
            tensors.X.Dispose();
            tensors.Y.Dispose();
        }
    }
}
