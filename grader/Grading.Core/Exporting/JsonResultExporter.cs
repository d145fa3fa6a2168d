using Grading.Core.Results;

namespace Grading.Core.Exporting;

/// <summary>The result document itself (see <see cref="ResultJson"/>).</summary>
public sealed class JsonResultExporter : IResultExporter
{
    public string Format => "json";

    public void Export(GradingResult result, TextWriter writer) => writer.Write(ResultJson.Serialize(result));
}
