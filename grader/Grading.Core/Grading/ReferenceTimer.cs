using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grading.Core.Compiling;
using Grading.Core.Results;

namespace Grading.Core.Grading;

/// <summary>
/// Times the reference solution's sections on this machine, so a report can show each section's time
/// as a ratio to the reference's. Measured warm (the reference is graded twice, the second run kept)
/// and cached per machine, grader version, device and reference sources, so it costs one measurement.
/// </summary>
public sealed class ReferenceTimer(string cacheFolder)
{
    public static ReferenceTimer Default { get; } = new(Path.Combine(
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
        "grading"));

    /// <summary>Section id → the reference's time in ms.</summary>
    public IReadOnlyDictionary<string, double> Measure(Grader grader, string referenceFolder, string device)
    {
        string path = Path.Combine(cacheFolder, $"reference-times-{Key(grader, referenceFolder, device)}.json");
        if (TryRead(path) is { } cached) return cached;
        grader.Grade(new GradeRequest(referenceFolder, "reference"));
        var times = grader.Grade(new GradeRequest(referenceFolder, "reference")).Sections.ToDictionary(s => s.Id, s => s.DurationMs);
        Directory.CreateDirectory(cacheFolder);
        File.WriteAllText(path, JsonSerializer.Serialize(times));
        return times;
    }

    /// <summary>The result with each section's reference time filled in.</summary>
    public static GradingResult Attach(GradingResult result, IReadOnlyDictionary<string, double> times) => result with
    {
        Sections = result.Sections.Select(s => times.TryGetValue(s.Id, out double ms) ? s with { ReferenceDurationMs = ms } : s).ToList(),
    };

    private static Dictionary<string, double>? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null; // a damaged cache is measured again
        }
    }

    private static string Key(Grader grader, string referenceFolder, string device)
    {
        var text = new StringBuilder($"{grader.Spec.Id}|{device}|{Environment.MachineName}|{Environment.ProcessorCount}|{typeof(Grader).Assembly.ManifestModule.ModuleVersionId}");
        foreach (var file in SubmissionSource.Read(referenceFolder).Files) text.Append('|').Append(file.RelativePath).Append('|').Append(file.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
