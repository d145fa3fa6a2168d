using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Grading.Core.Rules;

/// <summary>
/// Follows a section's calls from its entry points, call site by call site, so that a rule counts what
/// runs rather than what is written: a helper called seven times runs its code seven times, a loop body
/// more than once, and a helper's parameter holds what each call passes it. Code the reachability walk
/// found some other way (virtual dispatch, a delegate, an implicit call) is counted as written, once.
/// </summary>
internal sealed class SectionRuns
{
    private const int MaxDepth = 12;
    private const int MaxVisits = 20_000;

    private readonly Compilation _compilation;
    private readonly Dictionary<SyntaxNode, List<(UseRun Run, SemanticModel Model)>> _visits = [];
    private int _visitCount;

    private SectionRuns(Compilation compilation) => _compilation = compilation;

    public static SectionRuns Trace(Compilation compilation, IEnumerable<ISymbol> entries)
    {
        var runs = new SectionRuns(compilation);
        foreach (var entry in entries)
        {
            foreach (var body in Bodies(entry))
                runs.Walk(body, CallBindings.Empty, Repetition.Once, null, ImmutableStack<ISymbol>.Empty);
        }
        return runs;
    }

    /// <summary>Whether the trace stopped at its budget before following every call: counts may then be low and
    /// an argument not traced, so what it could not tell must count against the rule (a student cannot hide a use behind
    /// a flood of calls).</summary>
    public bool Truncated { get; private set; }

    /// <summary>Every way <paramref name="use"/> runs; one run as written when the trace did not reach its body.</summary>
    public IReadOnlyList<UseRun> Of(ApiUse use)
    {
        if (use.Location.SourceTree is not { } tree)
            return [UseRun.AsWritten];
        var node = tree.GetRoot().FindNode(use.Location.SourceSpan, getInnermostNodeForTie: true);
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            if (_visits.TryGetValue(ancestor, out var visits))
            {
                return visits.Select(visit => visit.Run with { Repeats = Combine(visit.Run.Repeats, Repetition.Within(node, ancestor, visit.Model)) }).ToList();
            }
            // A local function nobody called directly (handed on as a delegate): counted as written.
            if (ancestor is LocalFunctionStatementSyntax)
                break;
        }
        return [UseRun.AsWritten];
    }

    private static Repetition Combine(Repetition outer, Repetition inner) =>
        new(Repetition.Multiply(outer.Times, inner.Times), inner.Loop ?? outer.Loop);

    // The pieces of source that run when the member does.
    private static IEnumerable<ISymbol> Bodies(ISymbol member) => member switch
    {
        IPropertySymbol property => new ISymbol?[] { property, property.GetMethod, property.SetMethod }.OfType<ISymbol>(),
        IEventSymbol @event => new ISymbol?[] { @event.AddMethod, @event.RemoveMethod }.OfType<ISymbol>(),
        _ => [member],
    };

    private void Walk(ISymbol member, ImmutableDictionary<IParameterSymbol, ArgumentValue> bindings, Repetition repeats, Location? callSite, ImmutableStack<ISymbol> chain)
    {
        member = member.OriginalDefinition;
        if (!SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _compilation.Assembly))
            return;
        if (chain.Contains(member, SymbolEqualityComparer.Default))
            return;
        if (chain.Count() >= MaxDepth || ++_visitCount > MaxVisits)
        {
            Truncated = true;
            return;
        }
        chain = chain.Push(member);
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var body = BodyOf(reference.GetSyntax());
            if (body is null || !_compilation.ContainsSyntaxTree(body.SyntaxTree))
                continue;
            var model = SemanticModels.For(_compilation, body.SyntaxTree);
            if (!_visits.TryGetValue(body, out var visits))
                _visits[body] = visits = [];
            visits.Add((new UseRun(repeats, bindings, member, callSite), model));
            foreach (var call in CallsIn(body))
                Follow(call, body, model, bindings, repeats, chain);
        }
    }

    // A property's declaration holds its accessors, which are walked on their own; its initializer runs with the object.
    private static SyntaxNode? BodyOf(SyntaxNode syntax) => syntax switch
    {
        PropertyDeclarationSyntax property => property.Initializer,
        TypeDeclarationSyntax type => type.ParameterList is null ? null : type.BaseList,
        _ => syntax,
    };

    // Calls written in this body, not in a local function declared inside it (that runs when it is called).
    private static IEnumerable<SyntaxNode> CallsIn(SyntaxNode body) =>
        body.DescendantNodes(node => node == body || node is not LocalFunctionStatementSyntax)
            .Where(node => node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
                or IdentifierNameSyntax or MemberAccessExpressionSyntax or PrimaryConstructorBaseTypeSyntax);

    private void Follow(SyntaxNode call, SyntaxNode body, SemanticModel model,
        ImmutableDictionary<IParameterSymbol, ArgumentValue> bindings, Repetition repeats, ImmutableStack<ISymbol> chain)
    {
        ISymbol? target;
        ImmutableArray<IArgumentOperation> arguments = [];
        var handedOn = false;
        // A property or method group is one operation whether written `P` or `this.P`: take it at its whole syntax only.
        var operation = model.GetOperation(call);
        if (operation is IPropertyReferenceOperation or IMethodReferenceOperation && operation.Syntax != call)
            return;
        switch (operation)
        {
            case IInvocationOperation invocation:
                target = invocation.TargetMethod;
                arguments = invocation.Arguments;
                break;
            case IObjectCreationOperation creation:
                target = creation.Constructor;
                arguments = creation.Arguments;
                break;
            case IPropertyReferenceOperation property:
                target = IsWritten(property) ? property.Property.SetMethod : property.Property.GetMethod;
                arguments = property.Arguments;
                break;
            case IMethodReferenceOperation method:
                // A method group handed to LINQ runs per element, with arguments the grader does not see.
                target = method.Method;
                handedOn = true;
                break;
            default:
                return;
        }
        if (target is null)
            return;

        var local = target is IMethodSymbol { MethodKind: MethodKind.LocalFunction };
        // A local function still sees its enclosing method's parameters; another method sees only its own.
        var bound = local ? bindings : CallBindings.Empty;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter)
                bound = bound.SetItem(parameter.OriginalDefinition, ArgumentEvaluator.Evaluate(argument.Value, bindings));
        }
        var here = Repetition.Within(call, body, model);
        if (handedOn)
            here = Combine(here, Repetition.Handed(call, model));
        Walk(target, bound, Combine(repeats, here), call.GetLocation(), chain);
    }

    private static bool IsWritten(IPropertyReferenceOperation property) =>
        property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property;
}
