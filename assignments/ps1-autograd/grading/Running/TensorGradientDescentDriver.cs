using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.3: tensors with hand-written gradients, on the grading device.</summary>
public sealed class TensorGradientDescentDriver : ISectionDriver
{
    public string Key => "tensor-gradient-descent";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var trainer = (ISection13TensorGradientDescent)implementation;
        return TrainingSectionRunner.Run((options, variant) => TensorRun.With((Ps1Session)context.Session, options, variant, trainer.Train), section, context);
    }
}
