using Grading.Core.Policy;
using NUnit.Framework;
using static Grading.Tests.Policy.PolicySubmission;
using static Grading.Tests.Rules.Ps1Rules;

namespace Grading.Tests.Policy;

/// <summary>
/// One realistic hostile line per family of the default policy, inside section 1.2's class: each is
/// reported in 1.2's scope, at its file, line and code, and nowhere else.
/// </summary>
[TestFixture]
public sealed class PolicyCheckerFamilyTests
{
    private static readonly (string Family, string Body, string Api)[] Cases =
    [
        ("file system", "var secret = File.ReadAllText(\"/etc/passwd\");", "System.IO.File"),
        ("file system", "Directory.Delete(\"/tmp/other-student\", recursive: true);", "System.IO.Directory"),
        ("file system", "using var log = new StreamWriter(\"answers.txt\");", "System.IO.StreamWriter(path)"),
        ("file system", "var info = new FileInfo(\"data.csv\").Length;", "System.IO.FileInfo"),
        ("torch files", "torch.save(torch.zeros(7), \"weights.pt\");", "TorchSharp.torch.save"),
        ("torch files", "var w = torch.load(\"reference-weights.pt\");", "TorchSharp.torch.load"),
        ("torch files", "torch.nn.Linear(7, 1).save(\"model.bin\");", "TorchSharp.torch.nn.Module.save"),
        ("torch files", "var t = torch.zeros(7); t.save(\"t.bin\");", "TorchSharp.torch.Tensor.save"),
        ("network", "var page = new System.Net.Http.HttpClient().GetStringAsync(\"http://example.com\").Result;", "System.Net"),
        ("processes", "System.Diagnostics.Process.Start(\"sh\", \"-c 'cat ~/.ssh/id_rsa'\");", "System.Diagnostics.Process"),
        ("reflection", "var field = typeof(HousingData).GetField(\"x\", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);", "System.Type.GetField"),
        ("reflection", "var harness = Activator.CreateInstance(Type.GetType(\"Ps1Autograd.Grading.Ps1Harness, Ps1Autograd.Grading\")!);", "System.Activator"),
        ("reflection", "var invoked = typeof(HousingData).GetMethods()[0].Invoke(data, null);", "System.Reflection"),
        ("reflection", "var loaded = System.Reflection.Assembly.LoadFrom(\"evil.dll\");", "System.Reflection"),
        ("code generation", "var f = System.Linq.Expressions.Expression.Lambda<Func<int>>(System.Linq.Expressions.Expression.Constant(1)).Compile();", "System.Linq.Expressions.Expression.Compile"),
        ("code generation", "System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(HousingData).TypeHandle);", "System.Runtime.CompilerServices.RuntimeHelpers"),
        ("native code", "System.Runtime.InteropServices.Marshal.WriteInt64(IntPtr.Zero, 42);", "System.Runtime.InteropServices.Marshal"),
        ("native code", "var lib = System.Runtime.InteropServices.NativeLibrary.Load(\"libc.so.6\");", "System.Runtime.InteropServices.NativeLibrary"),
        ("native code", "var size = System.Runtime.CompilerServices.Unsafe.SizeOf<HousingData>();", "System.Runtime.CompilerServices.Unsafe"),
        ("process exit", "Environment.Exit(0);", "System.Environment.Exit"),
        ("process exit", "Environment.FailFast(\"bye\");", "System.Environment.FailFast"),
        ("background work", "new Thread(() => { while (true) { } }).Start();", "System.Threading.Thread"),
        ("background work", "ThreadPool.QueueUserWorkItem(_ => Console.WriteLine(\"later\"));", "System.Threading.ThreadPool"),
        ("background work", "var timer = new Timer(_ => Console.WriteLine(\"tick\"), null, 0, 10);", "System.Threading.Timer"),
        ("background work", "var t2 = new System.Timers.Timer(10);", "System.Timers"),
        ("background work", "Task.Run(() => Console.WriteLine(\"after the grader stopped\"));", "System.Threading.Tasks.Task.Run"),
        ("background work", "Task.Factory.StartNew(() => { });", "System.Threading.Tasks.Task.Factory"),
        ("background work", "var task = new Task<int>(() => 1);", "System.Threading.Tasks.Task.#ctor"),
        ("background work", "Parallel.ForEachAsync(new[] { 1, 2 }, (i, _) => ValueTask.CompletedTask);", "System.Threading.Tasks.Parallel.ForEachAsync"),
        ("async", "Task.Delay(10).GetAwaiter().OnCompleted(() => Console.WriteLine(\"after the call\"));", "System.Threading.Tasks.Task.Delay"),
        ("async", "Task.Delay(10).GetAwaiter().OnCompleted(() => Console.WriteLine(\"after the call\"));", "System.Runtime.CompilerServices.TaskAwaiter"),
        ("async", "Func<Task> later = async () => { await Task.Yield(); Console.WriteLine(\"after the call\"); }; later();", "async"),
        ("dynamic", "dynamic t = torch.zeros(7); t.save(\"t.bin\");", "dynamic"),
        ("runtime state", "System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(\"de-DE\");", "System.Globalization.CultureInfo.CurrentCulture.set"),
        ("runtime state", "GC.Collect();", "System.GC"),
        ("runtime state", "System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;", "System.Runtime.GCSettings"),
        ("runtime state", "AppContext.SetSwitch(\"System.Globalization.Invariant\", true);", "System.AppContext.SetSwitch"),
        ("runtime state", "Environment.SetEnvironmentVariable(\"OMP_NUM_THREADS\", \"64\");", "System.Environment.SetEnvironmentVariable"),
        ("runtime state", "Console.SetOut(new StringWriter());", "System.Console.SetOut"),
        ("runtime state", "torch.set_default_dtype(torch.float16);", "TorchSharp.torch.set_default_dtype"),
    ];

    private static IEnumerable<TestCaseData> HostileLines() =>
        Cases.Select(c => new TestCaseData(c.Body, c.Api).SetName($"Check_HostileLineInSection_IsInSectionScope({c.Family}: {c.Api})"));

    [TestCaseSource(nameof(HostileLines))]
    public void Check_HostileLineInSection_IsInSectionScope(string body, string api)
    {
        var report = Check(("Section12.cs", Section12With(body)));

        var found = report.ForSection(Section12Contract).Where(violation => violation.Api == api).ToList();
        Assert.That(found, Is.Not.Empty, string.Join("\n", report.ForSection(Section12Contract).Select(v => v.Message)));
        Assert.That((found[0].File, found[0].Line, found[0].Code), Is.EqualTo(("Section12.cs", BodyLine, body)));
        Assert.That(found[0].Message, Does.StartWith("Submissions may not").And.Contain($"at Section12.cs({BodyLine},"));
        Assert.That(report.ForSection(Section13Contract), Is.Empty);
        Assert.That(report.BlocksAll, Is.False);
    }

    [Test]
    public void Check_DllImportOnSectionMember_ReportsTheAttribute()
    {
        var source = Section12With("var pid = getpid();", """
                [System.Runtime.InteropServices.DllImport("libc")]
                private static extern int getpid();
            """);

        var violations = Check(("Section12.cs", source)).ForSection(Section12Contract);

        Assert.That(violations.Select(v => (v.Api, v.Line, v.Code)), Is.EqualTo(new[]
        {
            ("System.Runtime.InteropServices.DllImportAttribute", BodyLine + 3, "[System.Runtime.InteropServices.DllImport(\"libc\")]"),
        }));
        Assert.That(violations[0].Message, Does.Contain("native code").And.Contain("Found `new DllImportAttribute(...)`"));
    }

    [Test]
    public void Check_UnsafeAccessorToAPrivateField_IsFlagged()
    {
        var source = Section12With("ref double stolen = ref Steal(data);", """
                [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_x")]
                private static extern ref double Steal(HousingData data);
            """);

        var violations = Check(("Section12.cs", source)).ForSection(Section12Contract);

        Assert.That(violations.Select(v => (v.Api, v.Line)), Does.Contain(("System.Runtime.CompilerServices.UnsafeAccessorAttribute", BodyLine + 3)));
    }

    [Test]
    public void Check_UnsafeBlock_IsFlaggedWithAPolicyMessageBesideTheCompileError()
    {
        var compilation = CompileWithErrors("Section12.cs", Section12With("unsafe { int x = 1; int* p = &x; *p = 2; }"));

        var violations = PolicyChecker.Check(compilation, SectionContracts, DefaultPolicy.Policy).ForSection(Section12Contract);

        Assert.That(compilation.GetDiagnostics().Select(d => d.Id), Does.Contain("CS0227"), "unsafe code does not compile in a submission");
        Assert.That(violations.Select(v => (v.Api, v.Line)).Distinct(), Is.EqualTo(new[] { ("unsafe", BodyLine) }));
        Assert.That(violations[0].Message, Does.StartWith("Submissions may not contain unsafe code").And.Contain($"Found `unsafe {{ ... }}` at Section12.cs({BodyLine},9)."));
    }
}
