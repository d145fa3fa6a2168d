using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Compiling;

/// <summary>
/// Warns where a literal <c>0</c> silently becomes a TorchSharp enum. C# converts the constant 0 to any enum, so
/// <c>t.sum(0)</c>, meant as PyTorch's "sum over dimension 0", binds to <c>sum(ScalarType type)</c>: it sums every
/// element as <c>ScalarType.Byte</c>. The code compiles and runs and the numbers are just wrong, so the student's
/// report would only show the symptom; this names the line and the fix.
/// </summary>
internal static class EnumZeroArguments
{
    public const string DiagnosticId = "SRC005";

    public static IEnumerable<CompilerDiagnostic> Find(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var root = tree.GetRoot();
            if (!root.DescendantNodes().OfType<InvocationExpressionSyntax>().Any()) continue;
            var model = compilation.GetSemanticModel(tree);
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetOperation(invocation) is not IInvocationOperation call) continue;
                foreach (var argument in call.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is ArgumentSyntax { NameColon: not null }) continue;
                    if (argument.Parameter?.Type is not { } type || !IsTorchEnum(type) || !IsLiteralZero(argument.Value)) continue;
                    yield return Warning(tree, argument.Syntax, call.TargetMethod, argument.Parameter, type);
                }
            }
        }
    }

    private static bool IsTorchEnum(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var inner] }) type = inner;
        return type.TypeKind == TypeKind.Enum && type.ContainingNamespace?.ToDisplayString().StartsWith("TorchSharp", StringComparison.Ordinal) == true;
    }

    private static bool IsLiteralZero(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion) value = conversion.Operand;
        return value is ILiteralOperation { ConstantValue: { HasValue: true, Value: 0 } };
    }

    private static CompilerDiagnostic Warning(SyntaxTree tree, SyntaxNode argument, IMethodSymbol method, IParameterSymbol parameter, ITypeSymbol type)
    {
        var position = argument.GetLocation().GetLineSpan().StartLinePosition;
        string enumName = (type is INamedTypeSymbol { TypeArguments: [var inner] } ? inner : type).Name;
        string message = $"`{method.Name}(0)` passes 0 as `{parameter.Name}`, a {enumName}: in C# the literal 0 converts to any enum, "
            + $"so this calls the `{method.Name}` that takes a {enumName}, not a dimension (`.sum(0)` sums every element as a byte). "
            + $"Name the argument you mean, e.g. `{method.Name}(dim: 0)`.";
        return new CompilerDiagnostic(tree.FilePath, position.Line + 1, position.Character + 1, "warning", DiagnosticId, message,
            tree.GetText().Lines[position.Line].ToString());
    }
}
