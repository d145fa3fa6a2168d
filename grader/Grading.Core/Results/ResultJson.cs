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

    public static GradingResult Deserialize(string json) =>
        JsonSerializer.Deserialize<GradingResult>(json, Options) ?? throw new JsonException("The result file is empty.");

    /// <summary>Writes atomically: a crash mid-write never leaves half a result behind.</summary>
    public static void Write(GradingResult result, string path) => AtomicFile.WriteAllText(path, Serialize(result));
}
