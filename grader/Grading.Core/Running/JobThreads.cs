namespace Grading.Core.Running;

/// <summary>
/// Room in the thread pool for grading jobs run side by side (bulk, calibrate, audit). Each job blocks a pool thread
/// waiting on its worker's pipe; without more pool threads the pipes' readers would queue behind them, and the pool
/// grows by only a thread or two a second.
/// </summary>
public static class JobThreads
{
    /// <summary>Raises the pool's minimum to four threads a job; never lowers it.</summary>
    public static void Reserve(int jobs)
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, jobs * 4), io);
    }
}
