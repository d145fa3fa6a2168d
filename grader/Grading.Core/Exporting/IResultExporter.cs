using Grading.Core.Results;

namespace Grading.Core.Exporting;

/// <summary>Writes a result in one format. Every format is a view of the same <see cref="GradingResult"/>.</summary>
public interface IResultExporter
{
    /// <summary>The name <c>--format</c> uses.</summary>
    string Format { get; }

    void Export(GradingResult result, TextWriter writer);
}
