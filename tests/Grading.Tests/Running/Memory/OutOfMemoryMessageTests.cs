using System.Runtime.InteropServices;
using Grading.Core.Running.Memory;

namespace Grading.Tests.Running.Memory;

public class OutOfMemoryMessageTests
{
    private const long GiB = 1L << 30;

    private static ExternalException Native(long bytes) => new(
        "[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate " + bytes
        + " bytes. Error code 12 (Cannot allocate memory)\nframe #0: c10::ThrowEnforceNotMet(char const*, int, char const*) + 0x68");

    [Test]
    public void Describe_SquareOfDoubles_NamesTheShapeTheSizeAndTheLimit()
    {
        string? message = OutOfMemoryMessage.Describe(Native(17000L * 17000 * 8), "1.4 Train", GiB);

        Assert.That(message, Does.StartWith("1.4 Train tried to make a [17000, 17000] tensor (2.3 GB of doubles)"));
        Assert.That(message, Does.Contain("more than the section's 1024 MiB memory limit"));
    }

    [Test]
    public void Describe_SquareOfFloats_SaysFloats()
    {
        Assert.That(OutOfMemoryMessage.Describe(Native(17000L * 17000 * 4), "1.3 Train", GiB), Does.Contain("[17000, 17000] tensor (1.2 GB of floats)"));
    }

    [Test]
    public void Describe_NotASquare_GivesTheSizeAndAsksForTheShapes()
    {
        string? message = OutOfMemoryMessage.Describe(Native(3L * GiB + 8), "1.3 Train", GiB);

        Assert.That(message, Does.Contain("tried to allocate 3.2 GB for one tensor").And.Contain("Check the shapes"));
        Assert.That(message, Does.Not.Match(@"\[\d"), "no shape is guessed");
    }

    [Test]
    public void Describe_SmallSquare_IsNotCalledTheDataSquared()
    {
        // 500 × 500 doubles fit anywhere: only a square of at least a thousand rows is read as n × n.
        Assert.That(OutOfMemoryMessage.Describe(Native(500L * 500 * 8), "x", GiB), Does.Not.Contain("[500, 500]"));
    }

    [Test]
    public void Describe_ManagedOutOfMemory_PointsAtMatricesWithARowAndAColumnPerDataRow()
    {
        string? message = OutOfMemoryMessage.Describe(new OutOfMemoryException(), "1.1 Solve", 4 * GiB);

        Assert.That(message, Does.StartWith("1.1 Solve ran out of memory").And.Contain("4096 MiB memory limit").And.Contain("TransposeThisAndMultiply"));
    }

    [Test]
    public void Describe_OtherErrors_AreNotAboutMemory()
    {
        Assert.That(OutOfMemoryMessage.Describe(new ExternalException("shape '[3]' is invalid for input of size 7"), "1.3 Train", GiB), Is.Null);
        Assert.That(OutOfMemoryMessage.Describe(new InvalidOperationException("no"), "1.3 Train", GiB), Is.Null);
    }

    [Test]
    public void Describe_ExceptionWhoseMessageThrows_IsJudgedByItsType()
    {
        Assert.That(OutOfMemoryMessage.Describe(new MessageThrows(), "1.2 Train", GiB), Is.Null);
    }

    private sealed class MessageThrows : Exception
    {
        public override string Message => throw new InvalidOperationException("hostile");
    }
}
