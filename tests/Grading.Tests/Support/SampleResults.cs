using Grading.Core.Checks;
using Grading.Core.Compiling;
using Grading.Core.Figures;
using Grading.Core.Results;
using Grading.Core.Rules;
using Grading.Core.Running;

namespace Grading.Tests.Support;

/// <summary>Hand-built results for the result-document and exporter tests: no grading, every field set.</summary>
public static class SampleResults
{
    public static SectionResult Section(string id, double score, double max, SectionStatus status, double pending = 0,
        string? error = null, string? failedMessage = null, SectionRun? raw = null)
    {
        var checks = new List<CheckOutcome> { new("weights", "weights", true, false, score, score, "all 7 weights within 0.001.") };
        if (failedMessage is not null) checks.Add(new("rules", "rules", false, false, 0, max - score - pending, failedMessage));
        if (pending > 0) checks.Add(new("answer 1", "answers", true, true, 0, pending, "answered (12 words); pending a TA's grade."));
        return new SectionResult
        {
            Id = id, Title = $"Section {id}", Score = score, MaxScore = max, PendingPoints = pending, Status = status,
            DurationMs = 1234.5, Device = "cpu", Output = "Epoch:0, loss:1.0\n", Error = error, Checks = checks,
            Raw = raw ?? new SectionRun { SectionId = id, Values = new Dictionary<string, double[]> { ["weights"] = [1, 2, 3] } },
            Figures = Figures(),
        };
    }

    public static GradingResult Result(IReadOnlyList<SectionResult> sections, CompilationReport? compilation = null) => new()
    {
        Assignment = "ps1-autograd",
        AssignmentTitle = "PS1 Part 3",
        Student = "jdoe",
        Submission = "/submissions/jdoe",
        GradedAt = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
        Score = sections.Sum(s => s.Score),
        MaxScore = sections.Sum(s => s.MaxScore),
        PendingPoints = sections.Sum(s => s.PendingPoints),
        Compilation = compilation ?? new CompilationReport(true, 800, ["Section11.cs"], []),
        Reference = new ValueTable("Least-squares reference", [new NamedValue("b0", 0.5, "intercept"), new NamedValue("optimal MSE", 0.4286, "")]),
        Sections = sections,
        Environment = new EnvironmentInfo
        {
            GraderVersion = "0.1.0", Os = "Linux", Runtime = ".NET 10", Machine = "test (X64)", CpuThreads = 4,
            DeviceRequested = "auto", Device = "cpu", DeviceNote = "auto: no CUDA device, using cpu", LibTorchVersion = "2.10.0",
        },
        Timing = new TimingInfo(4_500, 1_000, 800, 2_300),
    };

    /// <summary>A diverged gradient-descent run: its history holds NaN and both infinities.</summary>
    public static SectionRun Diverged() => new()
    {
        SectionId = "1.2",
        Outcome = RunOutcome.Completed,
        DurationMs = 99,
        Values = new Dictionary<string, double[]>
        {
            ["training.loss_history"] = [1.5, double.PositiveInfinity, double.NegativeInfinity, double.NaN],
            ["training.learning_rate"] = [0.5],
            ["weights"] = [double.NaN, 2],
        },
        Notes = new Dictionary<string, string> { ["probe.error"] = "Train returned null." },
        RuleViolations = [new RuleViolation("TorchSharp", "no TorchSharp.", "S.cs", 3, 5, "torch.zeros(7);")],
        RulesChecked = true,
        Answers = ["one", "two"],
    };

    public static CompilationReport NotCompiled() => new(false, 900, ["A.cs", "Sub/B.cs"],
    [
        new CompilerDiagnostic("A.cs", 12, 5, "error", "CS0029", "Cannot implicitly convert type 'string' to 'int'", "int x = \"a\";"),
        new CompilerDiagnostic("Sub/B.cs", 3, 1, "warning", "CS0168", "The variable 'y' is declared but never used", "int y;"),
        new CompilerDiagnostic("Sub/B.cs", 7, 9, "error", "CS0103", "The name 'z' does not exist in the current context", "z++;"),
    ]);

    /// <summary>One figure of each kind, as a harness draws them.</summary>
    public static IReadOnlyList<SectionFigure> Figures() =>
    [
        new() { Kind = FigureKind.Table, Title = "Weights", Caption = "beside the reference", NameHeading = "Weight", LabelHeading = "Column",
            Rows = [new FigureRow("b0", "intercept", 0.5, 0.5, true), new FigureRow("b1", "", 2, null, false)] },
        new() { Kind = FigureKind.Line, Title = "loss", Caption = "per epoch", XLabel = "epoch", YLabel = "MSE", LogY = true,
            Series = [new FigureSeries("graded run", [3, 2, 1])], Markers = [new FigureMarker(0.5, "optimum")] },
        new() { Kind = FigureKind.Sample, Title = "errors", Caption = "of the predictions", DensityCaption = "their density",
            XLabel = "row", YLabel = "error", Sample = FigureSample.Of([-1, 0.5, 0, 0.25, 1]) },
    ];
}
