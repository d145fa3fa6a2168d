using Grading.Core.Audit;

namespace Grading.Tests.Reports.Audit;

/// <summary>Audit reports built by hand: mutants of a two-section reference, one of each status, scored as the engine scores them.</summary>
internal static class AuditSamples
{
    public static readonly (string Id, string Title)[] SectionTitles = [("1.2", "Gradients"), ("1.3", "Train")];

    public const string SurvivorDiff = """
        --- a/Trainer.cs
        +++ b/Trainer.cs
        @@ -40,3 +40,3 @@
             var loss = Loss(batch);
        -    weights -= lr * grad;
        +    weights -= lr * grad * 0.5;
             return loss;
        """;

    public static Mutant Mutant(string id, string section, string diff = SurvivorDiff, string description = "the step halved") => new()
    {
        Id = id, Operator = "learning-rate", File = "Trainer.cs", Line = 41, Member = "Train",
        Original = "lr * grad", Replacement = "lr * grad * 0.5", Description = description, Sections = [section], Diff = diff,
    };

    public static MutantSectionGrade Grade(string section, IReadOnlyList<string> passed, params MutantCheck[] failed) =>
        new(section, failed.Length == 0 ? 10 : 4, 10, 10, "completed", null, passed, failed);

    public static MutantResult Survived(string id, string section, params string[] passed) =>
        new() { Mutant = Mutant(id, section), Status = MutantStatus.Survived, Sections = [Grade(section, passed)] };

    public static MutantResult Killed(string id, string section, params MutantCheck[] failed) =>
        new() { Mutant = Mutant(id, section, description: $"{id} mistake"), Status = MutantStatus.Killed, Sections = [Grade(section, ["finite"], failed)] };

    public static MutantCheck Failed(string name, string message) => new(name, 0, 5, message);

    /// <summary>1.2: one killed. 1.3: one survivor, one killed, one timed out (score 66.7, below 80); plus an equivalent, a
    /// not-compiled and an unreached mutant.</summary>
    public static IReadOnlyList<MutantResult> OneOfEach() =>
    [
        Killed("Grad-arithmetic-1", "1.2", Failed("gradient matches", "d/dw off by 2.0")),
        Survived("Trainer-learning-rate-1", "1.3", "loss decreases", "weights finite"),
        Killed("Trainer-clear-1", "1.3", Failed("final loss", "final loss 9.1, expected 0.42"), Failed("weights", "weights differ")),
        new MutantResult
        {
            Mutant = Mutant("Trainer-loop-1", "1.3", description: "one epoch too many, forever"), Status = MutantStatus.TimedOut,
            Sections = [new MutantSectionGrade("1.3", 0, 10, 10, "timed_out", "1.3 ran past its 30 s limit", [], [])],
        },
        new MutantResult { Mutant = Mutant("Trainer-log-1", "1.3", description: "log line changed"), Status = MutantStatus.Equivalent, EquivalentReason = "only the log changes" },
        new MutantResult { Mutant = Mutant("Grad-sign-1", "1.2", description: "sign of a string"), Status = MutantStatus.NotCompiled, CompileError = "CS0019: Operator '-' cannot be applied" },
        new MutantResult { Mutant = Mutant("Trainer-debug-1", "1.3", description: "debug helper changed"), Status = MutantStatus.Unreached },
    ];

    public static AuditReport Report(IReadOnlyList<MutantResult> mutants, double? threshold = 80) => new()
    {
        Assignment = "ps1-autograd", AssignmentTitle = "PS1 Part 3", AuditedAt = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero),
        GraderVersion = "1.4.0+abc123", Operators = ["arithmetic", "learning-rate"], Jobs = 2, WallSeconds = 125.4,
        Graded = mutants.Count(m => m.Sections.Count > 0), Resumed = 0, Threshold = threshold,
        Sections = SectionTitles.Select(s => SectionAuditScore.Of(s.Id, s.Title, mutants.Where(m => m.Mutant.Sections.Contains(s.Id)).ToList())).ToList(),
        Total = SectionAuditScore.Of("total", "Total", mutants.ToList()),
        Mutants = mutants,
    };
}
