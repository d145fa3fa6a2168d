using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>
/// The names under which PS1's drivers record a section in the run's generic values and notes, so that its checks
/// and figures (and a rescore of a saved result) read them back: the final weights, the graded training run
/// (<c>training.*</c>) and the short probe run (<c>probe.*</c>).
/// </summary>
public static class Ps1Values
{
    /// <summary>The weights a section ends with: 1.1's solution, or the graded run's final weights.</summary>
    public const string Weights = "weights";
    public const string TrainingPrefix = "training";
    public const string ProbePrefix = "probe";
    /// <summary>The note saying why the probe run failed, when it did.</summary>
    public const string ProbeError = "probe.error";
    /// <summary>The weights the section returned for the hidden variant of the data, and the variant's seed (see VariantDataset).</summary>
    public const string VariantWeights = "variant.weights";
    public const string VariantSeed = SectionRun.VariantSeedKey;
    /// <summary>The note saying why the run on the variant failed, when it did.</summary>
    public const string VariantError = "variant.error";
    /// <summary>The note saying which of the data the section was given it changed in place, when it did.</summary>
    public const string DataChanged = "data.changed";
}
