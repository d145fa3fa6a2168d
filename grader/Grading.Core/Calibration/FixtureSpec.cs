namespace Grading.Core.Calibration;

/// <summary>
/// One fixture as its README's front matter describes it: what it is, how its submission is assembled, and
/// what grading it must give. Sections not in <see cref="Expect"/> must score like the reference (full marks).
/// </summary>
public sealed record FixtureSpec
{
    /// <summary>The folder's name.</summary>
    public required string Name { get; init; }

    /// <summary>The fixture's folder (its .cs files and README.md).</summary>
    public required string Folder { get; init; }

    public required FixtureKind Kind { get; init; }

    public FixtureBase Base { get; init; } = FixtureBase.Reference;

    /// <summary>Reference files left out of the submission (only with <see cref="FixtureBase.Reference"/>).</summary>
    public IReadOnlyList<string> Remove { get; init; } = [];

    /// <summary>Whether the grade depends on the worker process (its memory limit, the guards it runs student code under):
    /// such a fixture is never graded in-process, where nothing bounds it. <c>isolation: process</c> in the front matter.</summary>
    public bool NeedsWorker { get; init; }

    /// <summary>Section id → the points it must get (score plus points pending a TA).</summary>
    public IReadOnlyDictionary<string, double> Expect { get; init; } = new Dictionary<string, double>();

    /// <summary>Section id → exactly the checks that must fail in it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FailedChecks { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Phrases (case-insensitive) that must appear in the messages of the sections listed in
    /// <see cref="Expect"/> or <see cref="FailedChecks"/> (every section when none is listed).</summary>
    public IReadOnlyList<string> Message { get; init; } = [];

    /// <summary>The sections the expectations name, in order of first mention.</summary>
    public IReadOnlyList<string> ListedSections => Expect.Keys.Concat(FailedChecks.Keys).Distinct(StringComparer.Ordinal).ToList();

    public override string ToString() => Name;
}
