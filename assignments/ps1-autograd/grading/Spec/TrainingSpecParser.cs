using Grading.Core.Assignments;
using YamlDotNet.RepresentationModel;

namespace Ps1Autograd.Grading.Spec;

/// <summary>Reads PS1's <c>training:</c> block: the budget every gradient-descent section gets.</summary>
public sealed class TrainingSpecParser : ISpecBlockParser
{
    public string Key => Ps1Blocks.Training;

    private static readonly string[] Keys = ["epochs", "log_every", "probe_epochs"];

    public object Parse(YamlMappingNode mapping, SpecScope scope) => Read(mapping, scope);

    public static TrainingSpec Read(YamlMappingNode mapping, SpecScope scope)
    {
        var reader = new YamlMappingReader(mapping, scope, Keys);
        var epochs = reader.RequiredWholeNumber("epochs");
        reader.EnsurePositive("epochs", epochs);
        var logEvery = reader.RequiredWholeNumber("log_every");
        reader.EnsurePositive("log_every", logEvery);
        var probeEpochs = reader.OptionalWholeNumber("probe_epochs");
        var defaults = new TrainingSpec { Epochs = epochs, LogEvery = logEvery };
        if (probeEpochs is { } given)
        {
            reader.EnsurePositive("probe_epochs", given);
            // The probe is the short second run; one as long as the real run would not be short.
            if (given >= epochs)
                throw reader.ErrorAt("probe_epochs", $"field 'probe_epochs' must be less than 'epochs' ({epochs}), found {given}.");
        }
        else if (defaults.ProbeEpochs >= epochs)
        {
            throw reader.ErrorAt("epochs",
                $"field 'epochs' must be greater than 'probe_epochs' ({defaults.ProbeEpochs}, the default), found {epochs}.");
        }
        return new TrainingSpec { Epochs = epochs, LogEvery = logEvery, ProbeEpochs = probeEpochs ?? defaults.ProbeEpochs };
    }
}
