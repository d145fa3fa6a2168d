using System.CommandLine;
using System.Globalization;

namespace Grading.Cli.Commands;

/// <summary>
/// <c>--worker-threads auto|all|N</c> of bulk (and the bulk benchmark): the threads each worker's libtorch and
/// .NET may use. <c>auto</c> shares the cores among the jobs (cores / jobs, at least 1) when more than one
/// student is graded at once, and leaves the defaults for one; <c>all</c> always leaves the defaults (every core).
/// </summary>
internal static class WorkerThreadsOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--worker-threads")
        {
            Description = "Threads per worker for libtorch and .NET: auto (cores / jobs when jobs > 1), all (their defaults: every core), or a number.",
            DefaultValueFactory = _ => "auto",
        };
        option.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>() ?? "";
            if (value is not ("auto" or "all") && !(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0))
                result.AddError($"--worker-threads {value}: expected auto, all, or a whole number above 0.");
        });
        return option;
    }

    /// <returns>The thread count to give each worker, or null for libtorch's and .NET's defaults.</returns>
    public static int? Resolve(string value, int jobs) => value switch
    {
        "all" => null,
        "auto" => jobs > 1 ? Math.Max(1, Environment.ProcessorCount / jobs) : null,
        _ => int.Parse(value, CultureInfo.InvariantCulture),
    };
}
