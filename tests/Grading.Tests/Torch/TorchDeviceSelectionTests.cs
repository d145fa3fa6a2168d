using Grading.Core.Grading;
using Grading.Torch;

namespace Grading.Tests.Torch;

/// <summary>--device and --devices against machines with and without a GPU, through a fake device probe.</summary>
public class TorchDeviceSelectionTests
{
    [Test]
    public void Resolve_AutoWithAGpu_IsCuda()
    {
        Assert.That(TorchDevice.Resolve("auto", FakeDeviceProbe.WithGpus()), Is.EqualTo(new DeviceChoice("cuda", "auto: CUDA is available, using cuda")));
    }

    [Test]
    public void Resolve_AutoWithoutAGpu_IsCpuSayingThereIsNoCudaDevice()
    {
        Assert.That(TorchDevice.Resolve("auto", FakeDeviceProbe.CpuOnly()), Is.EqualTo(new DeviceChoice("cpu", "auto: no CUDA device, using cpu")));
    }

    [Test]
    public void Resolve_CudaWithTwoGpus_CountsThem()
    {
        Assert.That(TorchDevice.Resolve("cuda", FakeDeviceProbe.WithGpus(2)).Note, Is.EqualTo("cuda, as requested (2 device(s))"));
    }

    [Test]
    public void Resolve_CpuWithAGpu_StaysOnTheCpu()
    {
        Assert.That(TorchDevice.Resolve("cpu", FakeDeviceProbe.WithGpus()).Device, Is.EqualTo("cpu"));
    }

    [Test]
    public void Resolve_CudaWithoutAGpu_ThrowsSayingWhatToUseInstead()
    {
        var thrown = Assert.Throws<GradingException>(() => TorchDevice.Resolve("cuda", FakeDeviceProbe.CpuOnly()))!;
        Assert.That(thrown.Message, Does.StartWith("--device cuda was requested, but no GPU is present").And.Contain("--device cpu"));
    }

    [Test]
    public void Plan_AllWithoutAGpu_IsTheCpuAloneSayingThereIsNoCudaDevice()
    {
        var plan = TorchDevice.Plan("auto", "all", FakeDeviceProbe.CpuOnly());
        Assert.That(plan.Devices.Select(d => d.Id), Is.EqualTo(new[] { "cpu" }));
        Assert.That(plan.Note, Is.EqualTo("no CUDA device: tensor sections ran on cpu only"));
        Assert.That(plan.Primary.Name, Is.EqualTo("Test CPU 3000"));
    }

    [Test]
    public void Plan_AllWithAGpu_PutsThePrimaryFirstAndNamesEachDevice()
    {
        var plan = TorchDevice.Plan("auto", "all", FakeDeviceProbe.WithGpus());
        Assert.That(plan.Devices.Select(d => (d.Id, d.Name)), Is.EqualTo(new[] { ("cuda", "NVIDIA Test GPU"), ("cpu", "Test CPU 3000") }));
        Assert.That(plan.Note, Is.EqualTo("tensor sections ran on cuda and cpu; cuda scores"));
    }

    [Test]
    public void Plan_AllWithCpuAsThePrimary_ScoresOnTheCpu()
    {
        var plan = TorchDevice.Plan("cpu", "all", FakeDeviceProbe.WithGpus());
        Assert.That(plan.Devices.Select(d => d.Id), Is.EqualTo(new[] { "cpu", "cuda" }));
        Assert.That(plan.Requested, Is.EqualTo("all"));
    }

    [Test]
    public void Plan_ListInAnyCaseAndSpacing_IsNormalisedWithoutDuplicates()
    {
        var plan = TorchDevice.Plan("cuda", " CPU , cuda,cpu ", FakeDeviceProbe.WithGpus());
        Assert.That(plan.Devices.Select(d => d.Id), Is.EqualTo(new[] { "cuda", "cpu" }));
    }

    [Test]
    public void Plan_ListNamingCudaWithoutAGpu_ThrowsSayingNoGpuIsPresent()
    {
        var thrown = Assert.Throws<GradingException>(() => TorchDevice.Plan("auto", "cpu,cuda", FakeDeviceProbe.CpuOnly()))!;
        Assert.That(thrown.Message, Does.StartWith("--devices names cuda, but no GPU is present"));
    }

    [TestCase("cpu,tpu", "tpu")]
    [TestCase(",", ",")]
    [TestCase("gpu", "gpu")]
    public void Plan_UnknownDevice_ThrowsNamingItAndTheChoices(string devices, string named)
    {
        var thrown = Assert.Throws<GradingException>(() => TorchDevice.Plan("auto", devices, FakeDeviceProbe.WithGpus()))!;
        Assert.That(thrown.Message, Is.EqualTo($"Unknown device '{named}' in --devices: use all, or a list of cpu and cuda (e.g. cpu,cuda)."));
    }

    [Test]
    public void Plan_PrimaryCudaWithoutAGpu_FailsAsDeviceCudaDoes()
    {
        Assert.That(() => TorchDevice.Plan("cuda", "all", FakeDeviceProbe.CpuOnly()),
            Throws.TypeOf<GradingException>().With.Message.StartWith("--device cuda was requested, but no GPU is present"));
    }

    [Test]
    public void Probe_ThisMachine_NamesTheCpuAndTheLibTorchBuiltWith()
    {
        var inventory = TorchDeviceProbe.Default.Probe();
        Assert.That(inventory.CpuName, Is.Not.Empty);
        Assert.That(inventory.LibTorchVersion, Does.StartWith(TorchBuild.LibTorchPackageVersion));
        if (TorchBuild.Backend == "cpu") Assert.That(inventory.CudaDeviceCount, Is.Zero, "a CPU build of libtorch never sees a GPU");
    }
}
