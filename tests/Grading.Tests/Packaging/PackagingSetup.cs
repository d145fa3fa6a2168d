namespace Grading.Tests.Packaging;

/// <summary>Packs once for every test in this namespace, and removes the feed and repositories after.</summary>
[SetUpFixture]
public sealed class PackagingSetup
{
    private static PackedTool? _tool;

    internal static PackedTool Tool => _tool ?? throw new InvalidOperationException("The packing set-up did not run.");

    [OneTimeSetUp]
    public void Pack() => _tool = PackedTool.Create();

    [OneTimeTearDown]
    public void Clean() => _tool?.Dispose();
}
