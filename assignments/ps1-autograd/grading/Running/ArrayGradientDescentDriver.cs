using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.2: the graded run on a fresh copy of the data, and the check run on a fresh copy of its hidden variant.</summary>
public sealed class ArrayGradientDescentDriver : ISectionDriver
{
    public string Key => "array-gradient-descent";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var trainer = (ISection12ArrayGradientDescent)implementation;
        var session = (Ps1Session)context.Session;
        return TrainingSectionRunner.Run((options, variant) =>
        {
            var data = session.FreshData(variant);
            var run = trainer.Train(data, options);
            return new TrainingCall(run, DataChanges.Describe(session.Pristine(variant), data));
        }, section, context);
    }
}
