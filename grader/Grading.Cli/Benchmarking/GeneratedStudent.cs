namespace Grading.Cli.Benchmarking;

/// <summary>One generated submission of the bulk benchmark's class.</summary>
/// <param name="Variant"><see cref="ClassGenerator.Correct"/>, or the name of the wrong-submission fixture laid over the reference.</param>
internal sealed record GeneratedStudent(string Id, string Variant)
{
    public bool IsCorrect => Variant == ClassGenerator.Correct;
}
