using Grading.Torch;

namespace Grading.Tests.Torch;

/// <summary>What the result says about the device: parsed from the files Linux and the NVIDIA driver provide.</summary>
public class DeviceDescriptionTests
{
    [Test]
    public void CpuModel_X86Cpuinfo_IsTheFirstModelName()
    {
        const string cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel\t\t: 143\nmodel name\t: Intel(R) Xeon(R)  Platinum 8480+\n\nprocessor\t: 1\nmodel name\t: other\n";
        Assert.That(CpuModel.Parse(cpuinfo), Is.EqualTo("Intel(R) Xeon(R) Platinum 8480+"));
    }

    [Test]
    public void CpuModel_ArmCpuinfo_IsTheModelLine()
    {
        Assert.That(CpuModel.Parse("processor\t: 0\nBogoMIPS\t: 108.00\n\nModel\t\t: Raspberry Pi 5 Model B Rev 1.0\n"), Is.EqualTo("Raspberry Pi 5 Model B Rev 1.0"));
    }

    [Test]
    public void CpuModel_NoModelLine_IsNull()
    {
        Assert.That(CpuModel.Parse("processor\t: 0\nmodel\t\t: 143\n"), Is.Null);
    }

    [Test]
    public void LoadedLibrary_ProcMaps_FindsTheCudaRuntimeByFileName()
    {
        const string maps = "7f00-7f01 r-xp 00000000 08:01 11 /usr/lib/libc.so.6\n"
            + "7f02-7f03 r-xp 00000000 08:01 12 /opt/venv/lib/python3.12/site-packages/nvidia/cuda_runtime/lib/libcudart.so.12\n"
            + "7f04-7f05 rw-p 00000000 00:00 0 [heap]\n";
        Assert.That(CudaRuntimeInfo.LoadedLibrary(maps, "libcudart"), Is.EqualTo("/opt/venv/lib/python3.12/site-packages/nvidia/cuda_runtime/lib/libcudart.so.12"));
        Assert.That(CudaRuntimeInfo.LoadedLibrary(maps, "libcublas"), Is.Null);
    }

    [TestCase(12080, "12.8")]
    [TestCase(11070, "11.7")]
    [TestCase(13000, "13.0")]
    public void FormatVersion_CudaVersionInteger_IsMajorDotMinor(int version, string expected)
    {
        Assert.That(CudaRuntimeInfo.FormatVersion(version), Is.EqualTo(expected));
    }

    [Test]
    public void NvidiaModel_GpuInformationFile_IsTheModel()
    {
        const string information = "Model: \t\t NVIDIA H100 80GB HBM3\nIRQ:   \t\t 16\nGPU UUID: \t GPU-123\n";
        Assert.That(CudaRuntimeInfo.NvidiaModel(information), Is.EqualTo("NVIDIA H100 80GB HBM3"));
        Assert.That(CudaRuntimeInfo.NvidiaModel("IRQ: 16\n"), Is.Null);
    }

    [Test]
    public void DriverVersion_NvrmLine_IsTheVersionNumber()
    {
        const string text = "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.15  Tue Mar  5 22:23:56 UTC 2024\nGCC version:  gcc version 12.2.0\n";
        Assert.That(CudaRuntimeInfo.DriverVersion(text), Is.EqualTo("550.54.15"));
        Assert.That(CudaRuntimeInfo.DriverVersion("GCC version: 12.2.0\n"), Is.Null);
    }
}
