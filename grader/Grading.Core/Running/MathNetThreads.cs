namespace Grading.Core.Running;

/// <summary>
/// MathNet's managed linear algebra splits a matrix–vector product of PS1's size (17,000 × 7) over every core with
/// parallel loops whose overhead dwarfs the work: a 1.2 written with MathNet vectors (fixture initial-weights-aliased)
/// took 25.3 s on 2 cores and 2.6 s on one (`grader bulk --worker-threads 2` against `1`, 2026-12-04), and a closed
/// form by SVD gained nothing from the second core (10.0 s against 9.4 s). Grading runs sections and students side
/// by side already, so the cores are used anyway: wherever student code runs, MathNet runs on one thread. The static
/// policy keeps student code from changing it back (<c>MathNet.Numerics.Control</c> is forbidden).
/// </summary>
internal static class MathNetThreads
{
    public static void UseOne() => MathNet.Numerics.Control.UseSingleThread();
}
