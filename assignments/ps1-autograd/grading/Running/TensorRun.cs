namespace Ps1Autograd.Grading.Running;

/// <summary>One tensor-section call: fresh tensors (of the real data, or of the hidden variant), torch seeded, compared with the grader's data and released afterwards.</summary>
internal static class TensorRun
{
    public static TrainingCall With(Ps1Session session, TrainingOptions options, int? variantSeed, Func<HousingTensors, TrainingOptions, TrainingRun?> train)
    {
        var tensors = session.FreshTensors(variantSeed);
        try
        {
            Ps1Session.SeedTorch(options.Seed);
            var run = train(tensors, options);
            return new TrainingCall(run, DataChanges.Describe(session.Pristine(variantSeed), tensors));
        }
        finally
        {
            tensors.X.Dispose();
            tensors.Y.Dispose();
        }
    }
}
