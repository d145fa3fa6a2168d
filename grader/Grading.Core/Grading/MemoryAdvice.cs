using System.Globalization;
using Grading.Core.Assignments;

namespace Grading.Core.Grading;

/// <summary>
/// What to tell a student whose section needed the grader to collect its garbage to stay under the memory limit
/// (<see cref="Running.Memory.UnreachableMemoryCollector"/>). It costs no points, since the method is right, but the
/// section ran slower and larger than it needed to: in a tensor section that is tensors never disposed.
/// </summary>
internal static class MemoryAdvice
{
    // Less than this freed is the collector's own noise, not a pile of tensors.
    private const long Noticeable = 32L << 20;

    public static string? For(SectionSpec section, (int Collections, long FreedBytes) collected)
    {
        if (collected.Collections == 0 || collected.FreedBytes < Noticeable) return null;
        string freed = (collected.FreedBytes / 1e9).ToString("0.0", CultureInfo.InvariantCulture);
        string times = collected.Collections == 1 ? "once" : $"{collected.Collections} times";
        return section.UsesTensors
            ? $"{section.Id}: your tensors were never disposed, so they piled up until the grader collected them ({times}, {freed} GB in all) "
                + $"to keep the section under its {section.MemoryLimitMegabytes:0.#} MiB memory limit. No points are lost for this, but it makes "
                + "training slower: start the loop body with `using var scope = torch.NewDisposeScope();` so each epoch's tensors are freed "
                + "when the epoch ends (move what must outlive it out with `.MoveToOuterDisposeScope()`)."
            : $"{section.Id}: memory left to the garbage collector (about {freed} GB) was collected by the grader ({times}) to keep the section "
                + $"under its {section.MemoryLimitMegabytes:0.#} MiB memory limit. No points are lost for this.";
    }
}
