using Grading.Core.Assignments;

namespace Grading.Tests.Rules;

/// <summary>
/// PS1's rules as assignments/ps1-autograd/assignment.yml states them (forbid = max 0, require =
/// min 1), written out by hand so these tests do not depend on the YAML loader.
/// </summary>
internal static class Ps1Rules
{
    public const string Section12Contract = "Ps1Autograd.ISection12ArrayGradientDescent";
    public const string Section13Contract = "Ps1Autograd.ISection13TensorGradientDescent";
    public const string Section14Contract = "Ps1Autograd.ISection14AutogradGradientDescent";

    public static IReadOnlyList<RuleSpec> Section12 { get; } =
    [
        Forbid("TorchSharp", "1.2 is the plain-array version: no TorchSharp."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Solve", "1.2 must find the weights by gradient descent, not by a closed-form solve."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Inverse", "1.2 must find the weights by gradient descent, not by inverting XᵀX."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.PseudoInverse", "1.2 must find the weights by gradient descent, not by a pseudo-inverse."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.QR", "1.2 must find the weights by gradient descent, not by a QR factorisation."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Svd", "1.2 must find the weights by gradient descent, not by an SVD."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Cholesky", "1.2 must find the weights by gradient descent, not by a Cholesky factorisation."),
        Forbid("MathNet.Numerics.LinearRegression", "1.2 must find the weights by gradient descent, not with MathNet's regression solvers."),
        Forbid("MathNet.Numerics.Fit", "1.2 must find the weights by gradient descent, not with MathNet's curve fitting."),
    ];

    public static IReadOnlyList<RuleSpec> Section13 { get; } =
    [
        Require("TorchSharp", "1.3 uses TorchSharp tensors and operators."),
        Forbid("TorchSharp.torch.Tensor.backward", "1.3 computes gradients by hand: no autograd (backward)."),
        Forbid("TorchSharp.torch.Tensor.requires_grad", "1.3 computes gradients by hand: no autograd (requires_grad)."),
        Forbid("TorchSharp.torch.Tensor.requires_grad_", "1.3 computes gradients by hand: no autograd (requires_grad_)."),
        Forbid("TorchSharp.*(requires_grad)", "1.3 computes gradients by hand: no tensor created with requires_grad."),
        Forbid("TorchSharp.torch.autograd", "1.3 computes gradients by hand: no torch.autograd."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Solve", "1.3 must find the weights by gradient descent, not by a closed-form solve."),
        Forbid("TorchSharp.torch.linalg", "1.3 must find the weights by gradient descent, not with torch.linalg."),
    ];

    public static IReadOnlyList<RuleSpec> Section14 { get; } =
    [
        Require("TorchSharp.torch.Tensor.backward", "1.4 computes gradients with autograd: call loss.backward()."),
        new RuleSpec { Api = "TorchSharp.*(requires_grad)", Min = 1, Max = 1, Message = "1.4 keeps all seven weights in one 1×7 tensor created with requires_grad: true." },
        Require("TorchSharp.torch.no_grad", "1.4 updates the weights under torch.no_grad()."),
        Forbid("TorchSharp.torch.linalg", "1.4 must find the weights by gradient descent, not with torch.linalg."),
        Forbid("MathNet.Numerics.LinearAlgebra.*.Solve", "1.4 must find the weights by gradient descent, not by a closed-form solve."),
    ];

    public static RuleSpec Forbid(string api, string message) => new() { Api = api, Max = 0, Message = message };

    public static RuleSpec Require(string api, string message) => new() { Api = api, Min = 1, Message = message };
}
