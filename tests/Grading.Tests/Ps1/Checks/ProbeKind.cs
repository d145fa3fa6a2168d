namespace Grading.Tests.Ps1.Checks;

/// <summary>The kinds of descent the check tests simulate.</summary>
public enum ProbeKind
{
    Exact,
    SignFlipped,
    MissingFactorTwo,
    Accumulating,
}
