using Grading.Core.Grading;
using Grading.Core.Results;
using Grading.Core.Running;

namespace Grading.Cli.Commands;

/// <summary>
/// The result of a submission <c>grader check</c> could not grade (exit 2: a source file over the size limit, no .cs
/// files, an unknown assignment): every section of the assignment at 0 points, each with the reason as its error.
/// A CI push then still gets a score and a reason in every format it asked for, instead of no payload at all.
/// </summary>
internal static class UngradedResult
{
    /// <summary>The section shown when the assignment itself could not be loaded, so the reason still has a place.</summary>
    public const string GradingSectionId = "grading";

    public static GradingResult Create(string reason, CheckArguments args)
    {
        string assignment = args.Assignment ?? "unknown";
        var spec = TryLoadSpec(args);
        var sections = spec is null
            ? [Section(GradingSectionId, "Grading", 0, reason)]
            : spec.Sections.Select(s => Section(s.Id, s.Title, s.Points, reason)).ToList();
        return new GradingResult
        {
            Assignment = spec?.Id ?? assignment,
            AssignmentTitle = spec?.Title ?? assignment,
            Student = args.Student ?? args.Submission.Name,
            Submission = args.Submission.FullName,
            GradedAt = DateTimeOffset.UtcNow,
            Score = 0,
            MaxScore = sections.Sum(s => s.MaxScore),
            PendingPoints = 0,
            Compilation = new CompilationReport(false, 0, [], []),
            Sections = sections,
            Environment = EnvironmentProbe.Host(args.Device, "none", "not graded: nothing ran"),
            Timing = new TimingInfo(0, 0, 0, 0),
        };
    }

    private static SectionResult Section(string id, string title, double points, string reason) => new()
    {
        Id = id, Title = title, Score = 0, MaxScore = points, PendingPoints = 0, Status = SectionStatus.Error, DurationMs = 0,
        Output = "", Error = "Not graded: " + reason, Checks = [],
        Raw = new SectionRun { SectionId = id, Outcome = RunOutcome.NotRun, Error = reason },
    };

    // The reason may be that the assignment cannot be found or loaded: then there is no spec, and one section holds the reason.
    private static Grading.Core.Assignments.AssignmentSpec? TryLoadSpec(CheckArguments args)
    {
        try
        {
            string id = AssignmentOptions.Resolve(args.Assignment, args.AssignmentsDir, args.Submission.FullName);
            return AssignmentLoader.Load(AssignmentOptions.SpecPath(id, args.AssignmentsDir)).Spec;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
