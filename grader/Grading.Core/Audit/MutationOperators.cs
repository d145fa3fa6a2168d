using Grading.Core.Audit.Operators;

namespace Grading.Core.Audit;

/// <summary>The operators an audit applies, in the order their mutants are numbered.</summary>
public static class MutationOperators
{
    public static IReadOnlyList<MutationOperator> All { get; } =
    [
        new ArithmeticOperator(), new ConstantOperator(), new FactorOperator(), new LoopBoundOperator(),
        new CompoundAssignmentOperator(), new StatementRemovalOperator(), new NoGradScopeOperator(), new ArgumentSwapOperator(),
        new InPlaceOperator(), new StepSizeOperator(), new RequiresGradOperator(), new DetachOperator(), new EarlierVariableOperator(),
    ];
}
