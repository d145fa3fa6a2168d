using System.Diagnostics;
using Grading.Core.Assignments;
using Grading.Core.Bulk;
using Grading.Core.Compiling;
using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Core.Audit;

/// <summary>
/// Mutation-tests an assignment's checks: grades the reference, makes its mutants (<see cref="MutantGenerator"/>),
/// grades each on the sections its change reaches, in parallel and under limits scaled from the reference's times,
/// and classifies it (<see cref="MutantClassifier"/>); a survivor audit.yml lists is equivalent. Code no section runs is
/// not graded, and a mutant with a saved grade under the same grader and assignment is not graded again.
/// </summary>
public sealed class AuditRunner(string specPath, AuditOptions options)
{
    public AuditReport Run(IAuditProgress progress)
    {
        var clock = Stopwatch.StartNew();
        var auditSpec = AuditSpecParser.ReadBeside(specPath);
        var reference = SubmissionSource.Read(options.ReferenceFolder);
        using var referenceGrader = Grader.Open(specPath, options.Grading);
        var spec = referenceGrader.Spec;
        var audited = AuditedSections(spec, options.Sections);
        var compiled = referenceGrader.Compile(reference);
        if (!compiled.Succeeded)
            throw new GradingException($"The reference {options.ReferenceFolder} does not compile: {compiled.Errors.FirstOrDefault()}. Fix it before auditing.");
        // Every section's reach, so code of a section left out of the audit is skipped, not taken for code nothing runs.
        var reach = SectionReach.Of(compiled.Compilation, spec.Sections);
        var files = reference.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var mutants = new MutantGenerator(MutationOperators.All).Generate(compiled.Compilation, files, reach, audited);
        var sources = new SectionSources(reference, reach, audited, referenceGrader.Compile);

        var store = new AuditStore(options.OutFolder, ContentHash.Assignment(specPath, spec.Harness, options.Grading));
        var results = new MutantResult?[mutants.Count];
        var toGrade = new List<(int Index, string Key)>();
        for (int i = 0; i < mutants.Count; i++)
        {
            var mutant = mutants[i];
            string key = store.KeyOf(mutant, sources.FilesOf(mutant), spec.Seed);
            if (mutant.Sections.Count == 0)
                results[i] = new MutantResult { Mutant = mutant, Status = MutantStatus.Unreached };
            else if (!options.Regrade && store.TryLoad(key, mutant) is { } saved)
                results[i] = Listed(saved, auditSpec);
            else
                toGrade.Add((i, key));
        }

        progress.Started(toGrade.Count, mutants.Count);
        if (toGrade.Count > 0)
        {
            // The reference is graded only when a mutant is: its grade is what a mutant's is compared with, and its
            // times set the mutants' limits.
            var baseline = referenceGrader.Grade(new GradeRequest(options.ReferenceFolder, "reference", spec.Seed, audited));
            RequireFullMarks(baseline, audited);
            var limits = options.Grading with { TimeLimitFactor = AuditTimeLimits.Factor(spec, baseline, audited), ConcurrentWorkerStarts = options.Jobs };
            using var grader = Grader.Open(specPath, limits);
            using var scratch = new ScratchSubmissions();
            JobThreads.Reserve(options.Jobs);
            Parallel.ForEach(toGrade, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, item =>
            {
                var mutant = mutants[item.Index];
                var started = Stopwatch.StartNew();
                string folder = scratch.Write(item.Index, sources.FilesOf(mutant));
                var graded = grader.Grade(new GradeRequest(folder, mutant.Id, spec.Seed, mutant.Sections.ToHashSet(StringComparer.Ordinal)));
                scratch.Delete(folder);
                var classified = MutantClassifier.Classify(mutant, graded, baseline, started.Elapsed.TotalMilliseconds);
                store.Save(item.Key, classified);
                var result = Listed(classified, auditSpec);
                results[item.Index] = result;
                progress.Finished(result);
            });
        }

        var all = results.Select(r => r!).ToList();
        var sections = spec.Sections.Where(s => audited.Contains(s.Id))
            .Select(s => SectionAuditScore.Of(s.Id, s.Title, all.Where(r => r.Mutant.Sections.Contains(s.Id)).ToList()))
            .ToList();
        return new AuditReport
        {
            Assignment = spec.Id,
            AssignmentTitle = spec.Title,
            AuditedAt = DateTimeOffset.UtcNow,
            GraderVersion = typeof(Grader).Assembly.ManifestModule.ModuleVersionId.ToString(),
            Operators = MutationOperators.All.Select(o => o.Name).ToList(),
            Jobs = options.Jobs,
            WallSeconds = clock.Elapsed.TotalSeconds,
            Graded = toGrade.Count,
            Resumed = all.Count(r => r.Resumed),
            Threshold = options.Threshold,
            Sections = sections,
            Total = SectionAuditScore.Of("all", "All sections", all),
            Mutants = all,
        };
    }

    /// <summary>A survivor audit.yml lists is equivalent; a listed mutant the checks notice anyway stays killed (its entry is
    /// then too wide, or stale: the report shows it among the killed). The saved grade keeps the plain status, so an
    /// edit to audit.yml needs no regrading.</summary>
    private static MutantResult Listed(MutantResult result, AuditSpec auditSpec) =>
        result.Status == MutantStatus.Survived && auditSpec.EquivalentEntryFor(result.Mutant) is { } entry
            ? result with { Status = MutantStatus.Equivalent, EquivalentReason = entry.Reason }
            : result;

    /// <summary>The sections with automatic value or method checks (not only a TA's answers or the static rules),
    /// limited to <paramref name="asked"/>; a section asked for that does not exist is an error.</summary>
    private static IReadOnlySet<string> AuditedSections(AssignmentSpec spec, IReadOnlySet<string>? asked)
    {
        if (asked?.FirstOrDefault(id => spec.Sections.All(s => s.Id != id)) is { } unknown)
            throw new GradingException($"--sections: {spec.Id} has no section '{unknown}'; its sections are {string.Join(", ", spec.Sections.Select(s => s.Id))}.");
        return spec.Sections
            .Where(s => s.Checks.Any(c => c.Kind is not ("answers" or "rules")) && (asked?.Contains(s.Id) ?? true))
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A mutant is killed by losing points the reference keeps: that needs a reference that keeps them all.</summary>
    private static void RequireFullMarks(GradingResult baseline, IReadOnlySet<string> audited)
    {
        var short_ = baseline.Sections.Where(s => audited.Contains(s.Id) && s.Score < s.MaxScore).ToList();
        if (short_.Count > 0)
            throw new GradingException("The reference does not get full marks, so a lost point would not say a mutant was noticed: "
                + string.Join("; ", short_.Select(s => $"{s.Id} {s.Score:0.##}/{s.MaxScore:0.##}: {s.FirstProblem}")));
    }
}
