using Grading.Core.Running.Memory;

namespace Grading.Tests.Running.Memory;

public class NativeErrorTextTests
{
    [Test]
    public void Sentence_LibTorchError_KeepsTheSentenceDropsAssertionAndFrames()
    {
        const string message = "[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory.\n"
            + "frame #0: c10::ThrowEnforceNotMet(char const*) + 0x68 (0x7f in /x/libc10.so)\nframe #1: c10::alloc_cpu(unsigned long)";

        Assert.That(NativeErrorText.Sentence(message), Is.EqualTo("DefaultCPUAllocator: can't allocate memory."));
    }

    [Test]
    public void Sentence_ShapeError_StopsAtExceptionRaisedFrom()
    {
        const string message = "The size of tensor a (7) must match the size of tensor b (3) at non-singleton dimension 1\n"
            + "Exception raised from infer_size_impl at ../aten/src/ATen/ExpandUtils.cpp:31 (most recent call first):\nframe #0: …";

        Assert.That(NativeErrorText.Sentence(message),
            Is.EqualTo("The size of tensor a (7) must match the size of tensor b (3) at non-singleton dimension 1"));
    }

    [Test]
    public void Sentence_OrdinaryMessage_IsUnchanged()
    {
        Assert.That(NativeErrorText.Sentence("Stopped for debugging at epoch 2000."), Is.EqualTo("Stopped for debugging at epoch 2000."));
    }
}
