namespace Grading.Core.Isolation.Sandbox;

/// <summary>Whether workers can run in the OS sandbox here; if not, <see cref="Why"/> says why in one sentence.</summary>
public sealed record SandboxStatus(bool Available, string? ToolPath, string Why)
{
    public static SandboxStatus Ready(string toolPath) => new(true, toolPath, "");
    public static SandboxStatus Unavailable(string why) => new(false, null, why);
}
