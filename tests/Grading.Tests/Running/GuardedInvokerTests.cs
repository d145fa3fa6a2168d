using System.Diagnostics;
using System.Reflection;
using Grading.Core.Running;

namespace Grading.Tests.Running;

public class GuardedInvokerTests
{
    // NUnit shares one fixture instance across tests: a fresh gate per test, released in TearDown so a
    // call the invoker abandoned does not keep a thread parked for the rest of the run.
    private ManualResetEventSlim _release = new();

    [SetUp]
    public void NewGate() => _release = new ManualResetEventSlim();

    [TearDown]
    public void ReleaseAbandonedCalls() => _release.Set();

    private static GuardedInvoker Invoker(double factor = 1.0, int outputLimit = 64 * 1024) =>
        new(new GradingOptions { TimeLimitFactor = factor, OutputLimitChars = outputLimit });

    private int Block()
    {
        _release.Wait(TimeSpan.FromSeconds(30));
        return 1;
    }

    [Test]
    public void Invoke_CallThatReturns_IsCompletedWithItsValue()
    {
        var call = Invoker().Invoke(() => 42, TimeSpan.FromSeconds(5), "answer");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.Completed));
        Assert.That(call.Completed, Is.True);
        Assert.That(call.Value, Is.EqualTo(42));
        Assert.That(call.Error, Is.Null);
        Assert.That(call.DurationMs, Is.GreaterThanOrEqualTo(0).And.LessThan(5000));
    }

    [Test]
    public void Invoke_CallPastItsLimit_TimesOutPromptlyAndSaysSo()
    {
        var clock = Stopwatch.StartNew();
        var call = Invoker().Invoke(Block, TimeSpan.FromSeconds(0.3), "1.2 Train");
        double elapsed = clock.Elapsed.TotalSeconds;

        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.TimedOut));
        Assert.That(call.Value, Is.EqualTo(default(int)));
        Assert.That(call.Error, Is.EqualTo("1.2 Train was stopped after 0.3 s (time limit)."));
        Assert.That(call.DurationMs, Is.EqualTo(300).Within(1));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(0.29).And.LessThan(1.5), "the caller waits for the limit, not for the call");
    }

    [Test]
    public void Invoke_TimeLimitFactor_ScalesTheLimitDown()
    {
        var clock = Stopwatch.StartNew();
        var call = Invoker(factor: 0.25).Invoke(Block, TimeSpan.FromSeconds(2), "slow");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.TimedOut));
        Assert.That(call.Error, Does.Contain("stopped after 0.5 s (time limit)"));
        Assert.That(clock.Elapsed.TotalSeconds, Is.LessThan(1.5));
    }

    [Test]
    public void Invoke_TimeLimitFactor_ScalesTheLimitUp()
    {
        // 0.1 s alone would stop a 0.4 s call; scaled by 20 the limit is 2 s.
        var call = Invoker(factor: 20).Invoke(() => { Thread.Sleep(400); return "done"; }, TimeSpan.FromSeconds(0.1), "sleepy");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.Completed), call.Error);
        Assert.That(call.Value, Is.EqualTo("done"));
        Assert.That(call.DurationMs, Is.GreaterThanOrEqualTo(390));
    }

    [Test]
    public void Invoke_NotImplementedException_IsNotImplemented()
    {
        var call = Invoker().Invoke<int>(() => throw new NotImplementedException(), TimeSpan.FromSeconds(5), "1.1 Solve");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.NotImplemented));
        Assert.That(call.Error, Is.EqualTo("1.1 Solve is not implemented yet (it throws NotImplementedException)."));
    }

    [Test]
    public void Invoke_NotImplementedThroughReflection_IsStillNotImplemented()
    {
        // Activator and MethodInfo.Invoke wrap what the student threw in a TargetInvocationException.
        var call = Invoker().Invoke<int>(() => throw new TargetInvocationException(new NotImplementedException()), TimeSpan.FromSeconds(5), "ctor");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.NotImplemented));
    }

    [Test]
    public void Invoke_OtherException_ThrewWithTypeAndMessage()
    {
        var call = Invoker().Invoke<int>(() => throw new InvalidOperationException("matrix is singular"), TimeSpan.FromSeconds(5), "1.1 Solve");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.Threw));
        Assert.That(call.Error, Does.StartWith("1.1 Solve threw InvalidOperationException: matrix is singular"));
    }

    [Test]
    public void Invoke_ExceptionWrappedByReflection_ReportsTheInnerOne()
    {
        var wrapped = new TargetInvocationException(new ArgumentException("bad shape"));
        var call = Invoker().Invoke<int>(() => throw wrapped, TimeSpan.FromSeconds(5), "ctor");
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.Threw));
        Assert.That(call.Error, Does.StartWith("ctor threw ArgumentException: bad shape"));
    }

    [Test]
    public void Invoke_ConsoleOutput_IsCapturedFromStdoutAndStderr()
    {
        var call = Invoker().Invoke(() =>
        {
            Console.WriteLine("epoch:0, loss:1.5");
            Console.Error.Write("warning on stderr");
            return 0;
        }, TimeSpan.FromSeconds(5), "printer");

        Assert.That(call.Output.Text, Does.Contain("epoch:0, loss:1.5").And.Contain("warning on stderr"));
        Assert.That(call.Output.TruncatedChars, Is.Zero);
    }

    [Test]
    public void Invoke_CallThatThrows_KeepsWhatItPrinted()
    {
        var call = Invoker().Invoke<int>(() => { Console.Write("before"); throw new InvalidOperationException("x"); }, TimeSpan.FromSeconds(5), "t");
        Assert.That(call.Output.Text, Is.EqualTo("before"));
    }

    [Test]
    public void Invoke_CallThatTimesOut_KeepsWhatItPrinted()
    {
        using var printed = new ManualResetEventSlim();
        var call = Invoker().Invoke(() => { Console.Write("started"); printed.Set(); return Block(); }, TimeSpan.FromSeconds(2), "t");
        Assert.That(printed.IsSet, Is.True);
        Assert.That(call.Outcome, Is.EqualTo(RunOutcome.TimedOut));
        Assert.That(call.Output.Text, Is.EqualTo("started"));
    }

    [Test]
    public void Invoke_AfterARunawayCall_TheNextCallCapturesOnlyItsOwnOutput()
    {
        using var stop = new CancellationTokenSource();
        var runaway = Invoker().Invoke(() =>
        {
            // Keeps printing after its time limit, from its own thread and from a task it started.
            var task = Task.Run(() => { while (!stop.IsCancellationRequested) { Console.Write("runaway-task "); Thread.Sleep(5); } });
            while (!stop.IsCancellationRequested) { Console.Write("runaway "); Thread.Sleep(5); }
            return task;
        }, TimeSpan.FromMilliseconds(200), "runaway");
        try
        {
            var next = Invoker().Invoke(() => { Thread.Sleep(200); Console.Write("mine"); return 0; }, TimeSpan.FromSeconds(5), "next");
            Assert.That(runaway.Outcome, Is.EqualTo(RunOutcome.TimedOut));
            Assert.That(next.Output.Text, Is.EqualTo("mine"));
        }
        finally
        {
            stop.Cancel();
        }
    }

    [Test]
    public void Invoke_WritesFromOtherThreadsDuringACall_AreNotCaptured()
    {
        using var stop = new CancellationTokenSource();
        // Started from the test's thread, outside any guarded call: the grader's own output.
        var grader = Task.Run(() => { while (!stop.IsCancellationRequested) { Console.Write("grader "); Thread.Sleep(5); } });
        try
        {
            var call = Invoker().Invoke(() => { Thread.Sleep(200); Console.Write("student"); return 0; }, TimeSpan.FromSeconds(5), "call");
            Assert.That(call.Output.Text, Is.EqualTo("student"));
        }
        finally
        {
            stop.Cancel();
            grader.Wait();
        }
    }

    [Test]
    public void Invoke_OutputPastTheLimit_IsCutToTheLimit()
    {
        var call = Invoker(outputLimit: 100).Invoke(() => { Console.Write(new string('x', 1000)); return 0; }, TimeSpan.FromSeconds(5), "chatty");
        Assert.That(call.Output.TruncatedChars, Is.EqualTo(900));
    }
}
