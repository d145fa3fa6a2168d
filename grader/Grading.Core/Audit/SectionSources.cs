using Grading.Core.Compiling;
using Grading.Core.Grading;

namespace Grading.Core.Audit;

/// <summary>
/// The files a mutant is graded with: only those holding the code of the sections it changes, when those compile
/// alone. A mutant of 1.2 then compiles one file, not five, and the other sections' checks and rules have no code
/// to walk: the unchanged files' compile is not repeated for every mutant. A section whose files do not compile
/// alone (a helper type used from a file it does not reach) keeps every file.
/// </summary>
internal sealed class SectionSources
{
    private readonly Dictionary<string, IReadOnlyList<string>> _files = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _all;
    private readonly SubmissionSource _reference;

    public SectionSources(SubmissionSource reference, SectionReach reach, IEnumerable<string> sections, Func<SubmissionSource, CompilationOutcome> compile)
    {
        _reference = reference;
        _all = reference.Files.Select(f => f.RelativePath).ToList();
        foreach (string section in sections)
        {
            var own = reach.FilesOf(section).ToHashSet(StringComparer.Ordinal);
            var subset = reference.With(reference.Files.Where(f => own.Contains(f.RelativePath)).ToList());
            _files[section] = own.Count > 0 && own.Count < _all.Count && compile(subset).Succeeded ? [.. own] : _all;
        }
    }

    /// <summary>The mutant as a submission: the files of its sections (the union of theirs), the mutated one in its
    /// place, in the reference's order. What is graded, and so what its saved grade is keyed on.</summary>
    public IReadOnlyList<(string Path, string Text)> FilesOf(Mutant mutant)
    {
        var wanted = mutant.Sections.SelectMany(s => _files.TryGetValue(s, out var files) ? files : _all).ToHashSet(StringComparer.Ordinal);
        return _reference.Files
            .Where(f => wanted.Contains(f.RelativePath) || f.RelativePath == mutant.File)
            .Select(f => (f.RelativePath, f.RelativePath == mutant.File ? mutant.MutatedText : f.Text))
            .ToList();
    }
}
