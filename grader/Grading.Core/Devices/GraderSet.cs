using Grading.Core.Grading;

namespace Grading.Core.Devices;

/// <summary>One grader per device, opened on first use and disposed together.</summary>
internal sealed class GraderSet : IDisposable
{
    private readonly Dictionary<string, Grader> _graders = new(StringComparer.Ordinal);

    public Grader For(string device, Func<Grader> open)
    {
        if (!_graders.TryGetValue(device, out var grader)) _graders[device] = grader = open();
        return grader;
    }

    public void Dispose()
    {
        foreach (var grader in _graders.Values) grader.Dispose();
    }
}
