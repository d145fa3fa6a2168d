using System.Collections.Concurrent;

namespace Grading.Core.Isolation;

/// <summary>
/// Starts worker processes from one thread that lives as long as the grader. The sandbox asks the kernel
/// to kill a worker when its parent dies (<c>--die-with-parent</c>, PR_SET_PDEATHSIG), and the kernel
/// means the parent *thread*: a worker started from a thread-pool thread would be killed when that thread
/// retires, tens of seconds later, in the middle of a section. From this thread, a worker dies only with
/// the grader itself, which is the point. The caller's whole start (pipes made, process started, the
/// parent's copies of the child's pipe ends closed) runs here, one at a time, so no worker is ever born
/// holding another worker's inheritable pipe ends: one section's code can never write to another's channel.
/// </summary>
internal static class ProcessLauncher
{
    private static readonly BlockingCollection<Action> Requests = new();

    static ProcessLauncher()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "grading worker launcher" };
        thread.Start();
    }

    /// <summary>Runs <paramref name="start"/> on the launcher thread and returns what it returned (or throws what it threw).</summary>
    public static T Run<T>(Func<T> start)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add(() =>
        {
            try
            {
                done.SetResult(start());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var request in Requests.GetConsumingEnumerable()) request();
    }
}
