using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Grading.Core.Figures;

/// <summary>
/// The figures of a harness that draws none of its own: every recorded value long enough to be a series
/// (a trajectory, a loss per step) as a line chart. Shorter values (a gradient, a few coefficients) read
/// better in the checks' tables. What the section returned on the hidden variant is left out: that run is the grader's check.
/// </summary>
public sealed class SeriesFigures : ISectionFigures
{
    public const int MinimumSeriesLength = 10;

    public static SeriesFigures Instance { get; } = new();

    public IReadOnlyList<SectionFigure> For(AssignmentSpec assignment, SectionSpec section, SectionRun run, object reference) =>
        (run.Values ?? new Dictionary<string, double[]>())
            .Where(v => v.Value.Length >= MinimumSeriesLength && v.Value.Any(double.IsFinite) && !SectionRun.IsVariantValue(v.Key))
            .Select(v => new SectionFigure
            {
                Kind = FigureKind.Line,
                Title = $"{section.Id}: {v.Key}",
                Description = $"The {v.Value.Length} values of '{v.Key}' the submission recorded, in order.",
                Caption = $"'{v.Key}' step by step, as recorded.",
                XLabel = "step",
                YLabel = v.Key,
                Series = [FigureSeries.OfValue(v.Key, v.Key)],
            })
            .ToList();
}
