namespace Grading.Core.Checks;

/// <summary>
/// A reference that can also answer for a hidden variant of the assignment's data (other inputs, other targets, made from
/// a seed the submission never sees; docs/threat-model.md). Where a run recorded <c>K.variant</c> and the variant's seed,
/// the engine's <c>values</c> check compares it with this reference's value too: answers that do not follow the data fail.
/// </summary>
public interface IVariantReference
{
    /// <summary>The reference of the variant made from <paramref name="seed"/>.</summary>
    IReferenceValues ForVariant(int seed);
}
