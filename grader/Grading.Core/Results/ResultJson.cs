using System.Text.Json;
using System.Text.Json.Serialization;
using Grading.Core.IO;

namespace Grading.Core.Results;

/// <summary>The one JSON form of a result: snake_case names, enums as lower-case strings, NaN allowed.</summary>
public static class ResultJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Diverged runs produce NaN and infinities; they are data, not errors.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The same conventions on one line, for the worker protocol.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    public static string Serialize(GradingResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>Reads a result of this grader's schema; one of another schema is a <see cref="ResultSchemaException"/>
    /// (its fields mean other things: reading it anyway would draw or score nonsense).</summary>
    /// <param name="source">How messages name the result (its path), when known.</param>
    public static GradingResult Deserialize(string json, string? source = null)
    {
        int version = SchemaVersionOf(json);
        if (version != GradingResult.CurrentSchemaVersion)
            throw new ResultSchemaException($"{source ?? "The result"} was written by {(version < GradingResult.CurrentSchemaVersion ? "an older" : "a newer")} grader "
                + $"(result schema {version}; this grader reads {GradingResult.CurrentSchemaVersion}): grade the submission again "
                + "(grader check, or grader bulk --regrade) instead of rescoring or rendering it.");
        return JsonSerializer.Deserialize<GradingResult>(json, Options) ?? throw new JsonException("The result file is empty.");
    }

    /// <summary>The document's <c>schema_version</c>; 1 when absent or not a whole number (schema 1 always wrote it).</summary>
    private static int SchemaVersionOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException("The result file holds no JSON object.");
        return document.RootElement.TryGetProperty("schema_version", out var version) && version.TryGetInt32(out int number) ? number : 1;
    }

    /// <summary>Writes atomically: a crash mid-write never leaves half a result behind.</summary>
    public static void Write(GradingResult result, string path) => AtomicFile.WriteAllText(path, Serialize(result));
}
