using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Audit;

/// <summary>audit.json: the report in the result's JSON conventions (snake_case, enums as lower-case strings).</summary>
public static class AuditJson
{
    public static string Serialize(AuditReport report) => JsonSerializer.Serialize(report, ResultJson.Options);

    public static AuditReport Deserialize(string json) =>
        JsonSerializer.Deserialize<AuditReport>(json, ResultJson.Options) ?? throw new JsonException("The audit file is empty.");
}
