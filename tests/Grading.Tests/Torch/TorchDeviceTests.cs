using Grading.Core.Grading;
using Grading.Torch;
using TorchSharp;

namespace Grading.Tests.Torch;

public class TorchDeviceTests
{
    private static void RequireNoGpu()
    {
        TorchRuntime.EnsureLoaded();
        if (torch.cuda.is_available()) Assert.Ignore("This machine has a CUDA device; these tests check the CPU-only case.");
    }

    [Test]
    public void Resolve_CudaWithoutAGpu_ThrowsSayingNoGpuIsPresent()
    {
        RequireNoGpu();
        var thrown = Assert.Throws<GradingException>(() => TorchDevice.Resolve("cuda"))!;
        Assert.That(thrown.Message, Does.StartWith("--device cuda was requested, but no GPU is present"));
        Assert.That(thrown.Message, Does.Contain("--device cpu"));
    }

    [Test]
    public void Resolve_AutoWithoutAGpu_IsCpuWithANoteSayingSo()
    {
        RequireNoGpu();
        var (device, note) = TorchDevice.Resolve("auto");
        Assert.That(device, Is.EqualTo("cpu"));
        Assert.That(note, Is.EqualTo("auto: no CUDA device, using cpu"));
    }

    [TestCase("cpu")]
    [TestCase("CPU")]
    public void Resolve_Cpu_IsCpuAsRequested(string requested)
    {
        Assert.That(TorchDevice.Resolve(requested), Is.EqualTo(new DeviceChoice("cpu", "cpu, as requested")));
    }

    [Test]
    public void Resolve_UnknownDevice_ThrowsListingTheChoices()
    {
        Assert.That(() => TorchDevice.Resolve("tpu"),
            Throws.TypeOf<GradingException>().With.Message.EqualTo("Unknown device 'tpu': use auto, cpu or cuda."));
    }
}
