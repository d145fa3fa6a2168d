using System.Security.Cryptography;
using System.Text;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>
/// Keeps official grading's variant seeds out of what a student sees. A result graded under the course secret stores each
/// section's seed XORed with a mask derived from that secret (and <c>variant.sealed</c>), so its JSON, reports and exports
/// show a number that says nothing about the variant; a rescore by staff, who hold the secret, opens it, scores, and seals
/// it again. A self-check's seed (no secret, new each run) is stored as it is: it is the student's own random draw.
/// </summary>
public static class VariantSeal
{
    public const string SealedKey = "variant.sealed";

    /// <summary>The result with every section's variant seed sealed under <paramref name="secret"/>; as it is without a secret.</summary>
    public static GradingResult Seal(GradingResult result, string? secret) =>
        string.IsNullOrEmpty(secret) ? result : Map(result, run => run.Values!.ContainsKey(SealedKey) ? null : Flip(run, Mask(secret), seal: true));

    /// <summary>The result with its sealed seeds opened, for a rescore; a clear error when they are sealed and no secret is given.</summary>
    public static GradingResult Open(GradingResult result, string? secret)
    {
        bool anySealed = result.Sections.Any(s => s.Raw.Values?.ContainsKey(SealedKey) == true);
        if (!anySealed) return result;
        if (string.IsNullOrEmpty(secret))
            throw new GradingException($"this result's hidden-variant seeds are sealed with the course secret: set {VariantSeed.SecretVariable} "
                + "(the secret it was graded with) to rescore it.");
        return Map(result, run => run.Values!.ContainsKey(SealedKey) ? Flip(run, Mask(secret), seal: false) : null);
    }

    private static GradingResult Map(GradingResult result, Func<SectionRun, SectionRun?> change) => result with
    {
        Sections = result.Sections.Select(s => s.Raw.Values?.ContainsKey(SectionRun.VariantSeedKey) == true && change(s.Raw) is { } raw ? s with { Raw = raw } : s).ToList(),
    };

    private static SectionRun Flip(SectionRun run, int mask, bool seal)
    {
        var values = new Dictionary<string, double[]>(run.Values!, StringComparer.Ordinal);
        if (values[SectionRun.VariantSeedKey] is not [var seed] || !double.IsFinite(seed) || seed < 0 || seed > int.MaxValue) return run;
        values[SectionRun.VariantSeedKey] = [(int)seed ^ mask];
        if (seal) values[SealedKey] = [1];
        else values.Remove(SealedKey);
        return run with { Values = values };
    }

    // 31 bits of an HMAC of a fixed label under the secret: XOR with it keeps a seed in [0, int.MaxValue] and is its own inverse.
    private static int Mask(string secret)
    {
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("grading: variant seed seal"));
        return BitConverter.ToInt32(mac, 0) & int.MaxValue;
    }
}
