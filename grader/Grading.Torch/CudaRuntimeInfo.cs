using System.Globalization;
using System.Runtime.InteropServices;

namespace Grading.Torch;

/// <summary>
/// The CUDA that libtorch actually loaded, asked of the library itself rather than of the package's
/// name: the CUDA runtime's path from /proc/self/maps, its version (cudaRuntimeGetVersion), the GPU's name
/// (cudaGetDeviceProperties) and the driver's version (/proc/driver/nvidia). Anything unreadable is left
/// out of the description, never guessed. Only called once libtorch reports a CUDA device.
/// </summary>
internal static class CudaRuntimeInfo
{
    public static (string? DeviceName, string? Version) Describe()
    {
        string? library = File.Exists("/proc/self/maps") ? LoadedLibrary(File.ReadAllText("/proc/self/maps"), "libcudart") : null;
        string? runtime = null, name = null;
        if (library is not null && NativeLibrary.TryLoad(library, out var handle))
        {
            runtime = RuntimeVersion(handle);
            name = DeviceName(handle);
        }
        name ??= ReadProc("/proc/driver/nvidia/gpus", "information", NvidiaModel);
        string? driver = File.Exists("/proc/driver/nvidia/version") ? DriverVersion(File.ReadAllText("/proc/driver/nvidia/version")) : null;
        var parts = new List<string>();
        if (runtime is not null || library is not null) parts.Add($"CUDA runtime {runtime ?? "of unknown version"}" + (library is null ? "" : $" ({Path.GetFileName(library)})"));
        if (driver is not null) parts.Add($"driver {driver}");
        return (name, parts.Count > 0 ? string.Join(", ", parts) : null);
    }

    /// <summary>The path of the first mapped library whose file name starts with <paramref name="prefix"/>.</summary>
    internal static string? LoadedLibrary(string maps, string prefix) =>
        maps.Split('\n')
            .Select(line => line.IndexOf('/') is int slash and >= 0 ? line[slash..].Trim() : "")
            .FirstOrDefault(path => path.Length > 0 && Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>CUDA's version integers are 1000·major + 10·minor: 12080 is "12.8".</summary>
    internal static string FormatVersion(int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{version / 1000}.{version % 1000 / 10}");

    /// <summary>"Model: NVIDIA H100 80GB HBM3" from a /proc/driver/nvidia/gpus/*/information file.</summary>
    internal static string? NvidiaModel(string information) =>
        information.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == "Model")
            .Select(p => p[1].Trim()).FirstOrDefault(v => v.Length > 0);

    /// <summary>"550.54.15" from /proc/driver/nvidia/version's "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.15  …".</summary>
    internal static string? DriverVersion(string text)
    {
        string? line = text.Split('\n').FirstOrDefault(l => l.StartsWith("NVRM version:", StringComparison.Ordinal));
        return line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Count(c => c == '.') >= 1 && char.IsDigit(w[0]));
    }

    private static unsafe string? RuntimeVersion(IntPtr cudart)
    {
        if (!NativeLibrary.TryGetExport(cudart, "cudaRuntimeGetVersion", out var export)) return null;
        int version = 0;
        return ((delegate* unmanaged<int*, int>)export)(&version) == 0 ? FormatVersion(version) : null;
    }

    private static unsafe string? DeviceName(IntPtr cudart)
    {
        // CUDA 12 exports the current layout as _v2; the name is the struct's first field (char[256]) in every
        // version, and the buffer is far larger than any version's struct.
        if (!NativeLibrary.TryGetExport(cudart, "cudaGetDeviceProperties_v2", out var export)
            && !NativeLibrary.TryGetExport(cudart, "cudaGetDeviceProperties", out export)) return null;
        var buffer = new byte[16384];
        fixed (byte* properties = buffer)
        {
            if (((delegate* unmanaged<byte*, int, int>)export)(properties, 0) != 0) return null;
        }
        int end = Array.IndexOf(buffer, (byte)0, 0, 256);
        string name = System.Text.Encoding.UTF8.GetString(buffer, 0, end < 0 ? 256 : end).Trim();
        return name.Length > 0 ? name : null;
    }

    private static string? ReadProc(string folder, string file, Func<string, string?> parse)
    {
        try
        {
            return Directory.Exists(folder)
                ? Directory.GetDirectories(folder).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, file)).Where(File.Exists)
                    .Select(p => parse(File.ReadAllText(p))).FirstOrDefault(v => v is not null)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
