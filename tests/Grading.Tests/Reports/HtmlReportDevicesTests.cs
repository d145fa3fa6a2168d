using Grading.Core.Devices;
using Grading.Core.Results;
using Grading.Reports.Exporting;
using Grading.Tests.Devices;
using Grading.Tests.Support;

namespace Grading.Tests.Reports;

/// <summary>check --devices in the report: each tensor section's runs per device, the comparison, and disagreements.</summary>
public class HtmlReportDevicesTests
{
    private static GradingResult GpuThenCpu(string? cpuProblem = null)
    {
        var cpu = cpuProblem is null ? DeviceCases.On("cpu", 1200, 1000)
            : DeviceCases.On("cpu", 1200, 1000, score13: 0, status13: SectionStatus.Failed, problem13: cpuProblem);
        var gpu = DeviceCases.On("cuda", 300, 2000);
        gpu = gpu with { Environment = gpu.Environment with { DeviceName = "NVIDIA Test GPU", CudaVersion = "CUDA runtime 12.8 (libcudart.so.12), driver 570.1" } };
        return DeviceResults.Merge(gpu, DeviceCases.Plan(DeviceCases.Gpu, DeviceCases.Cpu), [(DeviceCases.Cpu, cpu)]);
    }

    private static string DevicesTable(string html, string sectionAnchor)
    {
        int section = html.IndexOf($"<section id=\"{sectionAnchor}\"", StringComparison.Ordinal);
        int start = html.IndexOf("<table class=\"devices\">", section, StringComparison.Ordinal);
        Assert.That(start, Is.Not.Negative, $"{sectionAnchor} has a devices table");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Test]
    public void Render_TwoDevices_ListsTheScoredDeviceFirstThenTheOtherWithItsSpeed()
    {
        string table = DevicesTable(HtmlReportExporter.Render(GpuThenCpu()), "section-1-3");
        int gpu = table.IndexOf("cuda (NVIDIA Test GPU) <small>(scored)</small>", StringComparison.Ordinal);
        int cpu = table.IndexOf("cpu (Test CPU 3000)", StringComparison.Ordinal);
        Assert.That(gpu, Is.Not.Negative);
        Assert.That(cpu, Is.GreaterThan(gpu));
        Assert.That(table, Does.Contain("<td>1.20 s</td><td>4.00&#xD7; the cuda time (4.0&#xD7; slower)</td>"), "× is encoded as every character outside ASCII is");
    }

    [Test]
    public void Render_SecondDeviceFaster_SaysHowMuchFaster()
    {
        string table = DevicesTable(HtmlReportExporter.Render(GpuThenCpu()), "section-1-4");
        Assert.That(table, Does.Contain("0.50&#xD7; the cuda time (2.0&#xD7; faster)"));
    }

    [Test]
    public void Render_DevicesDisagree_ShowsTheSentenceAsAnAlertInThatSectionOnly()
    {
        string html = HtmlReportExporter.Render(GpuThenCpu(cpuProblem: "weights b2 off by 0.02."));
        const string alert = "<p class=\"error\" role=\"alert\">1.3 passes on cuda but not on cpu (failed, 0/25): weights b2 off by 0.02.</p>";
        Assert.That(html, Does.Contain(alert));
        Assert.That(html.IndexOf(alert, StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("<section id=\"section-1-3\"", StringComparison.Ordinal)));
        Assert.That(html.IndexOf(alert, StringComparison.Ordinal), Is.LessThan(html.IndexOf("<section id=\"section-1-4\"", StringComparison.Ordinal)));
    }

    [Test]
    public void Render_Header_NamesTheGpuCudaAndTheDevicesCompared()
    {
        string html = HtmlReportExporter.Render(GpuThenCpu());
        Assert.That(html, Does.Contain("<dt>CUDA</dt><dd>CUDA runtime 12.8 (libcudart.so.12), driver 570.1</dd>"));
        Assert.That(html, Does.Contain("<dt>Devices compared</dt><dd>cuda, cpu: tensor sections ran on cuda and cpu</dd>"));
        Assert.That(html, Does.Contain("(NVIDIA Test GPU)</dd>"));
    }

    [Test]
    public void Render_WithoutDevices_HasNoDevicesTableOrFacts()
    {
        string html = HtmlReportExporter.Render(DeviceCases.On("cpu", 1200, 1000));
        Assert.That(html, Does.Not.Contain("<h3>Devices</h3>").And.Not.Contain("Devices compared").And.Not.Contain("<dt>CUDA</dt>"));
    }

    [Test]
    public void Render_HostileProblemOnTheSecondDevice_IsEncoded()
    {
        HostileText.AssertInert(HtmlReportExporter.Render(GpuThenCpu(cpuProblem: HostileText.Both)));
    }
}
