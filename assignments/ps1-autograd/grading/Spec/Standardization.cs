namespace Ps1Autograd.Grading.Spec;

/// <summary>How a column is scaled: YAML values <c>none</c>, <c>sample</c>, <c>population</c>.</summary>
public enum Standardization
{
    /// <summary>Left as read.</summary>
    None,
    /// <summary>(x − mean) / sample standard deviation (ddof 1, pandas' default).</summary>
    Sample,
    /// <summary>(x − mean) / population standard deviation (ddof 0, numpy's default).</summary>
    Population,
}
