using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.2: the graded run and the probe run, each on a fresh copy of the data.</summary>
public sealed class ArrayGradientDescentDriver : ISectionDriver
{
    public string Key => "array-gradient-descent";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var trainer = (ISection12ArrayGradientDescent)implementation;
        var session = (Ps1Session)context.Session;
        return TrainingSectionRunner.Run(options =>
        {
            var data = session.FreshData();
            var run = trainer.Train(data, options);
            return new TrainingCall(run, DataChanges.Describe(session.Pristine, data));
        }, section, context);
    }
}
