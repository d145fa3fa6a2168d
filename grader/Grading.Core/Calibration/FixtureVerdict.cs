using Grading.Core.Results;

namespace Grading.Core.Calibration;

/// <summary>
/// A fixture's grade compared with its front matter: the points of every section (listed sections as
/// expected, the others at full marks, as the reference scores), the checks that failed, and whether each
/// expected phrase appears in the messages a student reads for the listed sections.
/// </summary>
public sealed record FixtureVerdict(FixtureSpec Spec, IReadOnlyList<SectionVerdict> Sections, IReadOnlyList<PhraseFound> Phrases)
{
    /// <summary>Every judged section has its expected points.</summary>
    public bool PointsMatch => Sections.All(s => s.PointsMatch);

    public bool ChecksMatch => Sections.All(s => s.ChecksMatch);

    /// <summary>Every expected phrase was found (true when the fixture expects none).</summary>
    public bool MessagesFound => Phrases.All(p => p.Found);

    public bool Match => PointsMatch && ChecksMatch && MessagesFound;

    /// <param name="notJudged">Sections whose files were left out to keep the grade cheap.</param>
    public static FixtureVerdict Judge(FixtureSpec spec, GradingResult result, IReadOnlyCollection<string>? notJudged = null)
    {
        var ids = result.Sections.Select(s => s.Id).ToList();
        if (spec.ListedSections.FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
            throw new FixtureSpecException($"{Path.Combine(spec.Folder, FixtureSpecParser.ReadmeName)}: names section \"{unknown}\", which {result.Assignment} does not have (it has {string.Join(", ", ids)}).");
        var sections = result.Sections.Select(section => new SectionVerdict(
            section.Id,
            spec.Expect.TryGetValue(section.Id, out double expected) ? expected : section.MaxScore,
            section.Score + section.PendingPoints,
            section.MaxScore,
            spec.FailedChecks.GetValueOrDefault(section.Id),
            section.Checks.Where(c => !c.Passed).Select(c => c.Name).ToList(),
            Judged: notJudged?.Contains(section.Id) != true || spec.ListedSections.Contains(section.Id))).ToList();
        var listed = spec.ListedSections.Count > 0 ? result.Sections.Where(s => spec.ListedSections.Contains(s.Id)) : result.Sections;
        // The compiler's notes are about the submission, not a section (an ignored Program.cs, a file not UTF-8).
        var texts = listed.SelectMany(MessagesOf).Concat(result.Compilation.Diagnostics.Select(d => d.Message)).ToList();
        var phrases = spec.Message.Select(phrase => new PhraseFound(phrase, texts.Any(t => t.Contains(phrase, StringComparison.OrdinalIgnoreCase)))).ToList();
        return new FixtureVerdict(spec, sections, phrases);
    }

    /// <summary>What a student reads about a section's problems: failed checks, the error, rules broken, the harness's notes.</summary>
    public static IEnumerable<string> MessagesOf(SectionResult section) =>
        section.Checks.Where(c => !c.Passed).Select(c => c.Message)
            .Concat(section.Error is null ? [] : [section.Error])
            .Concat(section.Raw.RuleViolations.Select(v => v.Message))
            .Concat(section.Raw.Notes?.Values ?? []);
}
