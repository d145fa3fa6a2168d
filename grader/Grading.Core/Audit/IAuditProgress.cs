namespace Grading.Core.Audit;

/// <summary>Hears how an audit goes. <see cref="Finished"/> is called from the grading threads, one call at a time per mutant.</summary>
public interface IAuditProgress
{
    /// <param name="toGrade">Mutants this run grades.</param>
    /// <param name="total">All mutants, those resumed, equivalent or unreached included.</param>
    void Started(int toGrade, int total);

    void Finished(MutantResult result);
}
