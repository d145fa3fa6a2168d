using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Ps1Autograd.Grading.Running;

/// <summary>1.4: tensors with gradients from autograd, on the grading device.</summary>
public sealed class AutogradGradientDescentDriver : ISectionDriver
{
    /// <summary>
    /// In an autograd loop the one thing that is null is <c>.grad</c>, and it is null because the weight stopped being
    /// a leaf: say that, not just "object reference not set".
    /// </summary>
    public const string NullGradient = " In an autograd loop this is tb.grad being null: after `tb = tb - lr * tb.grad` outside "
        + "torch.no_grad(), tb is no longer a leaf tensor (it was computed from the old tb), so backward() leaves tb.grad null. "
        + "Update the weights in place under no_grad: `using (torch.no_grad()) { tb.sub_(tb.grad * lr); tb.grad = null; }`.";

    public string Key => "autograd-gradient-descent";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        var trainer = (ISection14AutogradGradientDescent)implementation;
        return ExplainNullGradient(TrainingSectionRunner.Run((options, variant) => TensorRun.With((Ps1Session)context.Session, options, variant, trainer.Train), section, context));
    }

    /// <summary>The run with <see cref="NullGradient"/> added to a NullReferenceException's error; any other run as it is.</summary>
    internal static SectionRun ExplainNullGradient(SectionRun run) =>
        run.Outcome == RunOutcome.Threw && run.Error?.Contains("threw NullReferenceException", StringComparison.Ordinal) == true
            ? run with { Error = run.Error + NullGradient }
            : run;
}
