using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.4: autograd on one weight tensor, on the grading device.</summary>
public sealed class AutogradGradientDescentDriver : ISectionDriver
{
    public string Key => "autograd-gradient-descent";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var trainer = (ISection14AutogradGradientDescent)implementation;
        return TrainingSectionRunner.Run(options => TensorRun.With((Ps1Session)context.Session, options, trainer.Train), section, context);
    }
}
