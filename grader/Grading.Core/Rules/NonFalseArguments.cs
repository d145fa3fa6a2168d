using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Rules;

/// <summary>
/// Finds the parameters a use passes something other than the constant <c>false</c> (or null), for
/// patterns such as <c>TorchSharp.*(requires_grad)</c>.
/// </summary>
internal static class NonFalseArguments
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>
    /// The arguments of the call or object creation <paramref name="callSyntax"/>, by parameter name.
    /// An omitted optional argument counts by its default value: <c>torch.randn(1, 7)</c> (default
    /// false) passes no requires_grad, while <c>w.requires_grad_()</c> (default true) does.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OfCall(SyntaxNode callSyntax, SemanticModel model)
    {
        var arguments = model.GetOperation(callSyntax) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefaultOrEmpty)
            return None;

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || IsConstantFalseOrNull(argument.Value))
                continue;
            found[parameter.Name] = argument.ArgumentKind == ArgumentKind.DefaultValue
                ? $"{parameter.Name} (omitted, defaults to {FormatConstant(parameter)})"
                : $"{parameter.Name}: {argument.Value.Syntax}";
        }
        return found;
    }

    /// <summary>
    /// An assignment to a property, <c>t.requires_grad = true</c> or <c>{ requires_grad = true }</c>,
    /// read as passing that value to a parameter named after the property: PyTorch's
    /// <c>w.requires_grad = True</c> and <c>requires_grad=True</c> do the same thing.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OfPropertyAssignment(
        IPropertySymbol property, AssignmentExpressionSyntax assignment, SemanticModel model)
    {
        var value = model.GetConstantValue(assignment.Right);
        if (value.HasValue && (value.Value is null || value.Value is false))
            return None;
        return new Dictionary<string, string>(StringComparer.Ordinal) { [property.Name] = $"{property.Name} = {assignment.Right}" };
    }

    /// <summary>
    /// The call or property assignment a member name belongs to, if any: the invocation whose callee
    /// is the name (<c>torch.randn(...)</c>, <c>w?.backward()</c>), or the simple assignment whose
    /// target it is.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OfMemberName(SimpleNameSyntax name, ISymbol member, SemanticModel model)
    {
        SyntaxNode access = name.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess when memberAccess.Name == name => memberAccess,
            MemberBindingExpressionSyntax binding when binding.Name == name => binding,
            _ => name,
        };
        return access.Parent switch
        {
            InvocationExpressionSyntax invocation when invocation.Expression == access => OfCall(invocation, model),
            AssignmentExpressionSyntax assignment
                when assignment.Left == access && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                && member is IPropertySymbol property
                => OfPropertyAssignment(property, assignment, model),
            _ => None,
        };
    }

    private static bool IsConstantFalseOrNull(IOperation value)
    {
        // bool? parameters wrap the literal in a conversion; the constant is on the operand.
        while (value is IConversionOperation conversion && !value.ConstantValue.HasValue)
            value = conversion.Operand;
        return value.ConstantValue is { HasValue: true, Value: null or false };
    }

    private static string FormatConstant(IParameterSymbol parameter) => parameter.ExplicitDefaultValue switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        var other => other.ToString() ?? "?",
    };
}
