using Grading.Core.Assignments;

namespace Grading.Core.Policy;

/// <summary>
/// The built-in policy every assignment gets unless its assignment.yml says <c>policy_defaults: false</c>:
/// <see cref="DefaultAllowList"/> says what a submission may use at all, and <see cref="Rules"/> names the APIs
/// that let a submission reach outside the computation it is graded on (files, network, processes, the
/// grader's own code, the runtime's global state), each with the reason a student reads. The rules are
/// checked first, so a use they name gets their clear message rather than "not on the list"; they also carve
/// the harmful parts out of the list's broad entries (TorchSharp's file IO, MathNet's global settings).
/// Kept in C# so no assignment has to copy it. Patterns are the rules' symbol patterns; a type pattern covers
/// its members and constructors.
/// </summary>
public static class DefaultPolicy
{
    private const string FileSystem =
        "Submissions may not read or write files: the grader hands your code its data, and the machine's files are not yours to touch.";
    private const string TorchFiles =
        "Submissions may not save or load TorchSharp tensors, modules or optimizers to or from files: keep everything in memory.";
    private const string Network = "Submissions may not use the network: everything your code needs is passed to it.";
    private const string Processes = "Submissions may not start or inspect processes: your code runs inside the grader, not beside it.";
    private const string Reflection =
        "Submissions may not use reflection to reach beyond the contract's public members: the grader's internals are off limits.";
    private const string CodeGeneration =
        "Submissions may not generate or compile code at run time: only the code you hand in is graded and run.";
    private const string NativeCode =
        "Submissions may not call native code or touch raw memory: it bypasses .NET's safety checks and can crash the grader.";
    private const string Exit = "Submissions may not end the process: that would stop the grader itself, and every other section with it.";
    private const string BackgroundWork =
        "Submissions may not start threads, timers or tasks that outlive the call: the grader measures and stops only the call itself. " +
        "Parallel.For/ForEach and PLINQ are fine, since they finish before returning.";
    private const string Async =
        "Submissions may not use async code, Task.Delay or awaiter callbacks: work started that way goes on after the call returns, " +
        "where the grader neither times nor stops it. The sections are plain computations: write them synchronously.";
    private const string Dynamic =
        "Submissions may not use dynamic: a member reached through it is chosen at run time, past the checks that run before grading.";
    private const string RuntimeState =
        "Submissions may not change the process's global state (garbage collector, runtime switches, environment, console streams, " +
        "TorchSharp's or MathNet's defaults): the grader and the other sections run in the same process.";
    private const string ModuleInitializer =
        "Submissions may not declare a [ModuleInitializer]: it runs as soon as the submission is loaded, before and outside any section.";
    private const string Unsafe =
        "Submissions may not contain unsafe code (pointers, `unsafe`, `fixed`, function pointers): it can read and write any memory of the grader.";

    /// <summary>The default entries, each a <c>forbid</c> (no use at all), grouped by why they are forbidden.</summary>
    public static IReadOnlyList<RuleSpec> Rules { get; } =
    [
        .. ForbidAll(FileSystem,
            "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileStream",
            "System.IO.FileSystemInfo", "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.IO.RandomAccess",
            "System.IO.MemoryMappedFiles", "System.IO.IsolatedStorage", "System.IO.Pipes", "System.IO.Enumeration",
            "System.IO.Compression.ZipFile", "System.IO.Compression.ZipFileExtensions", "System.Formats.Tar.TarFile",
            // Constructors taking a path open the file themselves; the Stream overloads stay allowed.
            "System.IO.StreamReader(path)", "System.IO.StreamWriter(path)",
            "System.IO.Path.GetTempFileName"),
        .. ForbidAll(TorchFiles,
            "TorchSharp.torch.save", "TorchSharp.torch.load", "TorchSharp.torch.from_file",
            "TorchSharp.torch.Tensor.save", "TorchSharp.torch.Tensor.load", "TorchSharp.torch.Tensor.Load",
            "TorchSharp.TensorExtensionMethods.Save", "TorchSharp.TensorExtensionMethods.Load",
            "TorchSharp.torch.nn.Module.save", "TorchSharp.torch.nn.Module.load", "TorchSharp.torch.nn.Module.Create",
            "TorchSharp.Modules.OptimizerHelper.save_state_dict(location)", "TorchSharp.Modules.OptimizerHelper.load_state_dict(location)",
            "TorchSharp.torch.jit", "TorchSharp.torch.export", "TorchSharp.torch.utils.tensorboard", "TorchSharp.Modules.SummaryWriter",
            "TorchSharp.Data", "TorchSharp.Utils.Decompress"),
        .. ForbidAll(Network, "System.Net", "TorchSharp.torch.hub"),
        .. ForbidAll(Processes, "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo"),
        // Type inherits Name from MemberInfo, so typeof(X).Name would otherwise count as reflection.
        ForbidExcept(Reflection, "System.Reflection", "System.Reflection.MemberInfo.Name"),
        .. ForbidAll(Reflection,
            "System.Type.GetMethod", "System.Type.GetField", "System.Type.GetProperty", "System.Type.GetMember",
            "System.Type.GetMembers", "System.Type.InvokeMember", "System.Type.GetConstructor", "System.Type.GetConstructors",
            "System.Type.GetNestedType", "System.Type.GetNestedTypes", "System.Type.GetEvent", "System.Type.GetInterface",
            "System.Type.GetType", "System.Type.GetTypeFromProgID", "System.Type.GetTypeFromCLSID",
            "System.Activator", "System.AppDomain", "System.Runtime.Loader",
            // Reads and writes private members of any type by name, without System.Reflection.
            "System.Runtime.CompilerServices.UnsafeAccessorAttribute"),
        .. ForbidAll(CodeGeneration,
            "System.Reflection.Emit", "System.Linq.Expressions.Expression.Compile", "System.Linq.Expressions.LambdaExpression.Compile",
            "System.Linq.Queryable", "System.Delegate.CreateDelegate"),
        // GetSubArray is what the compiler calls for `array[1..^1]`.
        ForbidExcept(CodeGeneration, "System.Runtime.CompilerServices.RuntimeHelpers", "System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray"),
        .. ForbidAll(NativeCode,
            "System.Runtime.InteropServices.DllImportAttribute", "System.Runtime.InteropServices.LibraryImportAttribute",
            "System.Runtime.InteropServices.UnmanagedCallersOnlyAttribute", "System.Runtime.InteropServices.NativeLibrary",
            "System.Runtime.InteropServices.Marshal", "System.Runtime.InteropServices.NativeMemory",
            "System.Runtime.InteropServices.GCHandle",
            // A span of any length over any reference: reads and writes past the end of an object.
            "System.Runtime.InteropServices.MemoryMarshal.CreateSpan", "System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan",
            "System.Runtime.CompilerServices.Unsafe",
            // Raw pointers into libtorch's memory, and MathNet's switch to native (MKL, OpenBLAS) code.
            "TorchSharp.torch.Tensor.data_ptr", "TorchSharp.torch.Tensor.Handle", "TorchSharp.torch.Tensor.DecoupleFromNativeHandle",
            "TorchSharp.torch.Tensor.bytes.set", "TorchSharp.PInvoke", "MathNet.Numerics.Providers"),
        Forbid("unsafe", Unsafe),
        .. ForbidAll(Exit, "System.Environment.Exit", "System.Environment.FailFast", "System.Environment.ExitCode"),
        // Sleep and Yield only pause the calling thread; they end within the call.
        ForbidExcept(BackgroundWork, "System.Threading.Thread", "System.Threading.Thread.Sleep", "System.Threading.Thread.Yield"),
        .. ForbidAll(BackgroundWork,
            "System.Threading.ThreadPool", "System.Threading.Timer", "System.Timers",
            "System.Threading.Tasks.Task.Run", "System.Threading.Tasks.Task.Factory", "System.Threading.Tasks.TaskFactory",
            "System.Threading.Tasks.Task.#ctor", "System.Threading.Tasks.Task.ContinueWith",
            "System.Threading.CancellationTokenSource.CancelAfter", "System.Threading.Tasks.TaskScheduler",
            "System.Threading.Tasks.Parallel.ForEachAsync"),
        .. ForbidAll(Async,
            "async", "System.Threading.Tasks.Task.Delay", "System.Threading.Tasks.Task.Yield",
            "System.Runtime.CompilerServices.TaskAwaiter", "System.Runtime.CompilerServices.ValueTaskAwaiter",
            "System.Runtime.CompilerServices.YieldAwaitable", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable",
            "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable"),
        Forbid("dynamic", Dynamic),
        .. ForbidAll(RuntimeState,
            "System.GC", "System.Runtime.GCSettings", "System.AppContext.SetSwitch", "System.AppContext.SetData",
            // CurrentDirectory: setting it moves every relative path of the grader; reading it is flagged too,
            // since a pattern cannot tell the two apart, and a submission has no use for it.
            "System.Environment.SetEnvironmentVariable", "System.Environment.CurrentDirectory",
            "System.Console.SetOut", "System.Console.SetError", "System.Console.SetIn",
            "System.Console.OpenStandardOutput", "System.Console.OpenStandardError", "System.Console.OpenStandardInput",
            "System.Globalization.CultureInfo.DefaultThreadCurrentCulture", "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
            // Reading the culture is harmless; setting it changes how the grader's own thread formats numbers.
            "System.Globalization.CultureInfo.CurrentCulture.set", "System.Globalization.CultureInfo.CurrentUICulture.set",
            // The current culture's number format is an object too: changing it changes how the grader formats numbers.
            "System.Globalization.NumberFormatInfo.*.set", "System.Text.Encoding.RegisterProvider",
            "TorchSharp.torch.set_default_dtype", "TorchSharp.torch.set_default_device", "TorchSharp.torch.set_default_tensor_type",
            "TorchSharp.torch.set_num_threads", "TorchSharp.torch.set_num_interop_threads",
            "TorchSharp.torch.set_float32_matmul_precision", "TorchSharp.torch.set_deterministic_debug_mode", "TorchSharp.torch.backends",
            // Process-wide MathNet settings, and the switch to load its native (MKL, OpenBLAS) providers.
            "MathNet.Numerics.Control"),
        Forbid("System.Runtime.CompilerServices.ModuleInitializerAttribute", ModuleInitializer),
    ];

    /// <summary>The built-in policy alone: <see cref="Rules"/> and <see cref="DefaultAllowList.Patterns"/>.</summary>
    public static SubmissionPolicy Policy { get; } = new(Rules, DefaultAllowList.Patterns);

    /// <summary>
    /// The policy that applies to <paramref name="spec"/>'s submissions: the default rules (unless
    /// <c>policy_defaults: false</c>) followed by the assignment's own <c>policy:</c> rules, and the default
    /// allow-list with the assignment's <c>allow:</c> entries. With the defaults off, an assignment that allows
    /// nothing itself has no allow-list: only its rules apply.
    /// </summary>
    public static SubmissionPolicy AppliedTo(AssignmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.PolicyDefaults)
            return new SubmissionPolicy([.. Rules, .. spec.Policy], [.. DefaultAllowList.Patterns, .. spec.PolicyAllowed]);
        return new SubmissionPolicy(spec.Policy, spec.PolicyAllowed.Count > 0 ? spec.PolicyAllowed : null);
    }

    private static IEnumerable<RuleSpec> ForbidAll(string message, params string[] patterns) =>
        patterns.Select(pattern => Forbid(pattern, message));

    private static RuleSpec Forbid(string pattern, string message) => new() { Api = pattern, Min = 0, Max = 0, Message = message };

    private static RuleSpec ForbidExcept(string message, string pattern, params string[] except) =>
        new() { Api = pattern, Min = 0, Max = 0, Message = message, Except = except };
}
