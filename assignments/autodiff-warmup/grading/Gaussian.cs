namespace AutodiffWarmup.Grading;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box–Muller): the same numbers on every
/// machine and run, which is all the data generators need.</summary>
internal sealed class Gaussian(int seed)
{
    private readonly Random _uniform = new(seed);

    public double Uniform() => _uniform.NextDouble();

    public double Next()
    {
        double u1 = 1 - _uniform.NextDouble(), u2 = _uniform.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
