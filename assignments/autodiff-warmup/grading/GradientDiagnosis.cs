namespace AutodiffWarmup.Grading;

/// <summary>Names the usual mistake behind a gradient that differs from the analytic one.</summary>
internal static class GradientDiagnosis
{
    public static string Explain(double got, double expected)
    {
        if (double.IsNaN(got) || double.IsInfinity(got)) return "it is not a finite number.";
        if (got == 0 && expected != 0) return "it is zero: backward() did not reach this tensor. Create it with requires_grad: true and read .grad after backward().";
        if (Numbers.IsMultiple(got, expected, -1)) return "it has the wrong sign: return x.grad as autograd left it, and check the formula's signs.";
        if (Numbers.IsMultiple(got, expected, 2))
            return "the gradient doubled: it was accumulated over two backward passes. Call x.grad.zero_() (or start from fresh tensors) between backward passes.";
        if (Numbers.IsMultiple(got, expected, 0.5)) return "it is half the derivative: a factor 2 is missing.";
        return "it is not the derivative of the function asked for: check the formula you differentiate.";
    }
}
