using System.Security.Cryptography;
using System.Text;
using Grading.Core.Compiling;

namespace Grading.Core.Grading;

/// <summary>
/// The seed of a submission's hidden data variant: the data, besides the real data, that its numeric sections are also
/// run on, so that answers that do not follow the data (pasted, hard-coded, or computed only when the grader seems to be
/// checking) get no credit. The submission never sees it: it reaches the harness's drivers only (see docs/threat-model.md).
/// With a course secret (<see cref="SecretVariable"/>, a CI secret for official grading) the seed is an HMAC of the
/// submission's files under that secret: the same code always gets the same variant, so a regrade is reproducible, and any
/// change to the code gets a new one nobody without the secret can predict. Without a secret (a student's self-check) it is
/// new on every run. Either way it is stored in the result, so a rescore needs no student code; under a secret it is stored
/// sealed (<see cref="VariantSeal"/>), so what a student is given says nothing of it.
/// </summary>
public static class VariantSeed
{
    public const string SecretVariable = "GRADING_VARIANT_SECRET";

    public static int For(string? secret, SubmissionSource source)
    {
        if (string.IsNullOrEmpty(secret)) return RandomNumberGenerator.GetInt32(int.MaxValue);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        foreach (var file in source.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            Feed(hmac, file.RelativePath);
            Feed(hmac, file.Text);
        }
        hmac.TransformFinalBlock([], 0, 0);
        return BitConverter.ToInt32(hmac.Hash!, 0) & int.MaxValue;
    }

    // Length-prefixed, so that file boundaries cannot be moved without changing the seed.
    private static void Feed(HMACSHA256 hmac, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        byte[] length = BitConverter.GetBytes(bytes.Length);
        hmac.TransformBlock(length, 0, length.Length, null, 0);
        hmac.TransformBlock(bytes, 0, bytes.Length, null, 0);
    }
}
