using Grading.Core.Exporting.Text;
using System.Diagnostics;
using Grading.Core.Assignments;
using Grading.Core.Bounds;
using Grading.Core.Compiling;
using Grading.Core.Isolation;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Core.Running;
using Grading.Core.Scoring;

namespace Grading.Core.Grading;

/// <summary>
/// Grades submissions of one assignment: compile in memory, check the rules, run every section,
/// score. Opening prepares the data and the reference once; <see cref="Grade"/> can then be called
/// for many submissions.
/// </summary>
public sealed class Grader : IDisposable
{
    private readonly IAssignmentHarness _harness;
    // Prepared in the background: loading data and libtorch overlaps the first compile.
    private readonly Task<IAssignmentSession> _session;
    private readonly SubmissionCompiler _compiler;
    private readonly ProvidedTypeFilter _provided;
    private readonly SectionScorer _scorer;
    private readonly GradingOptions _options;
    private double _prepareMs;
    // The first grade is charged everything since Open (spec, harness, session): that is what a cold run costs.
    private readonly Stopwatch _sinceOpen = Stopwatch.StartNew();
    private int _graded;

    private readonly string _specPath;
    // The limits this machine allows do not change between submissions: probe them once.
    private readonly Lazy<IsolationReport> _isolation;
    // Workers, with a spare started while each submission compiles (process isolation only).
    private readonly WorkerSupply? _workers;

    private Grader(string specPath, LoadedAssignment assignment, GradingOptions options)
    {
        var (spec, harness, checks) = assignment;
        _specPath = specPath;
        Spec = spec;
        _isolation = new(() => options.Isolation == IsolationMode.Process ? Isolated().Report() : IsolationReport.InProcess(options.OutputLimitChars));
        _harness = harness;
        _scorer = new SectionScorer(checks, harness.Figures);
        _options = options;
        _workers = options.Isolation == IsolationMode.Process ? new WorkerSupply(specPath, options, WorkerLaunch.For(specPath, options.Sandbox)) : null;
        _compiler = new SubmissionCompiler(harness.SubmissionReferences);
        _provided = new ProvidedTypeFilter(harness.SubmissionReferences);
        _session = Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var session = harness.Open(spec, options);
            _prepareMs = clock.Elapsed.TotalMilliseconds;
            return session;
        });
    }

    public AssignmentSpec Spec { get; }

    /// <summary>What this grader was opened with (a bulk run keys its saved results on it).</summary>
    public GradingOptions Options => _options;

    /// <summary>Loads the spec and the harness; the session (data, reference, device) is prepared in the
    /// background and its errors surface from the first <see cref="Grade"/>.</summary>
    public static Grader Open(string specPath, GradingOptions options) => new(specPath, AssignmentLoader.Load(specPath), options);

    /// <summary>The prepared session; rethrows what preparing it threw (data or device errors).</summary>
    private IAssignmentSession Session => _session.GetAwaiter().GetResult();

    public GradingResult Grade(GradeRequest request)
    {
        var clock = Interlocked.Increment(ref _graded) == 1 ? _sinceOpen : Stopwatch.StartNew();
        var (source, leftOut) = _provided.Apply(SubmissionSource.Read(request.SubmissionFolder));
        // The worker starts (runtime, assignment, libtorch) while the submission compiles and is checked.
        bool Selected(SectionSpec section) => request.Sections?.Contains(section.Id) ?? SelectedByOptions(section);
        if (_workers is not null) Isolated().Warm(Spec.Sections.Where(Selected).ToList());
        var compiled = _compiler.Compile(source, "Submission_" + Guid.NewGuid().ToString("N"));
        var session = Session;
        var policy = _options.SkipStaticPolicy ? PolicyGate.None : PolicyGate.Check(compiled, Spec);
        int variantSeed = request.VariantSeed ?? VariantSeed.For(Secret, source);
        IReadOnlyList<SectionRun> runs = compiled.Succeeded ? RunSections(compiled, session, policy, variantSeed, Selected) : Spec.Sections.Select(s => NotCompiled(s, compiled)).ToList();
        var sections = Spec.Sections.Zip(runs, (spec, run) => _scorer.Score(Spec, spec, run, session.Reference)).ToList();
        double sectionsMs = runs.Sum(r => r.DurationMs);
        return VariantSeal.Seal(new GradingResult
        {
            Assignment = Spec.Id,
            AssignmentTitle = Spec.Title,
            Student = request.Student ?? source.Name,
            Submission = source.Root,
            GradedAt = DateTimeOffset.UtcNow,
            Score = sections.Sum(s => s.Score),
            MaxScore = Spec.MaxScore,
            PendingPoints = sections.Sum(s => s.PendingPoints),
            Compilation = new CompilationReport(compiled.Succeeded, compiled.Duration.TotalMilliseconds,
                source.Files.Select(f => f.RelativePath).ToList(), [.. source.Notes, .. leftOut, .. compiled.Diagnostics, .. policy.Diagnostics()]),
            Sections = sections,
            Reference = session.Summary,
            Environment = EnvironmentProbe.Describe(_options, session),
            Isolation = _isolation.Value,
            Timing = new TimingInfo(clock.Elapsed.TotalMilliseconds, _prepareMs, compiled.Duration.TotalMilliseconds, sectionsMs),
        }, Secret);
    }

    /// <summary>Scores a saved result again from its raw runs under this grader's spec, running no student code. Its variant
    /// seeds are opened with the course secret for the checks and sealed again (<see cref="VariantSeal"/>).</summary>
    public GradingResult Rescore(GradingResult saved) =>
        VariantSeal.Seal(ResultRescorer.Rescore(Spec, _scorer, Session.Reference, VariantSeal.Open(saved, Secret)), Secret);

    /// <summary>The course secret the hidden variants' seeds come from (docs/threat-model.md), or null for a self-check.</summary>
    private string? Secret => _options.VariantSecret ?? Environment.GetEnvironmentVariable(VariantSeed.SecretVariable);

    /// <summary>Runs every section the policy allows, and records the section rules' violations of each.</summary>
    private List<SectionRun> RunSections(CompilationOutcome compiled, IAssignmentSession session, PolicyGate policy, int variantSeed, Func<SectionSpec, bool> selected)
    {
        var allowed = Spec.Sections.Where(s => !policy.Blocks(s) && selected(s)).ToList();
        // Bounded again here: what a worker sent is not trusted to be (applying the bounds twice changes nothing).
        var ran = (_options.Isolation == IsolationMode.Process ? Isolated().RunAll(compiled, allowed, variantSeed) : RunInProcess(compiled, session, allowed, variantSeed))
            .Select(r => RunBoundary.Apply(r, RunBounds.Default))
            .ToDictionary(r => r.SectionId);
        var rules = new RuleChecker();
        return Spec.Sections
            .Select(s => (ran.TryGetValue(s.Id, out var run) ? run : selected(s) ? policy.Rejected(s) : NotSelected(s))
                with { RuleViolations = rules.Check(compiled.Compilation, s.Contract, s.Rules) })
            .ToList();
    }

    private bool SelectedByOptions(SectionSpec section) => _options.OnlySections?.Contains(section.Id) ?? true;

    /// <summary>Compiles <paramref name="source"/> as a submission would be (the types the assignment provides left out),
    /// without running it: an audit reads the reference's syntax and semantics from it.</summary>
    internal CompilationOutcome Compile(SubmissionSource source) => _compiler.Compile(_provided.Apply(source).Kept, "Audited_" + Guid.NewGuid().ToString("N"));

    private static SectionRun NotSelected(SectionSpec section) =>
        new() { SectionId = section.Id, Outcome = RunOutcome.NotRun, Error = $"{section.Id} was not asked for in this run." };

    private IsolatedSectionRunner Isolated() => new(Spec, _options, _workers!, _workers!.Launch);

    /// <summary>Whether student code runs in the OS sandbox under this grader; if not, why (for warnings and refusals).</summary>
    public Isolation.Sandbox.SandboxStatus Sandbox => _workers?.Launch.Sandbox
        ?? Isolation.Sandbox.SandboxStatus.Unavailable("--isolation none runs student code in the grader's own process");

    private List<SectionRun> RunInProcess(CompilationOutcome compiled, IAssignmentSession session, IReadOnlyList<SectionSpec> sections, int variantSeed)
    {
        MathNetThreads.UseOne(); // as in a worker: the student's MathNet calls run as they would be graded
        var executor = new SectionExecutor(Spec, _harness, session, new GuardedInvoker(_options));
        using var assembly = new SubmissionAssembly(compiled, "submission");
        return sections.Select(section => executor.Run(section, assembly, variantSeed)).ToList();
    }

    private static SectionRun NotCompiled(SectionSpec section, CompilationOutcome compiled)
    {
        var errors = compiled.Errors.ToList();
        return new SectionRun
        {
            SectionId = section.Id,
            Outcome = RunOutcome.NotRun,
            Error = $"the submission does not compile ({Counted.Of(errors.Count, "error")}; first: {errors.FirstOrDefault()}).",
        };
    }

    public void Dispose()
    {
        _workers?.Dispose();
        // Wait for the session even when nothing was graded (every submission broken): a process that
        // exits while another thread is still loading libtorch can die of SIGSEGV (exit 139).
        try
        {
            _session.Wait();
        }
        catch (AggregateException)
        {
            // its error was reported by Grade, or nobody asked: either way there is nothing to dispose
        }
        if (_session.IsCompletedSuccessfully) _session.Result.Dispose();
    }
}
