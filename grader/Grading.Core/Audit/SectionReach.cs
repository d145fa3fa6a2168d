using Grading.Core.Assignments;
using Grading.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Grading.Core.Audit;

/// <summary>
/// Which sections run which code of the reference, as the rules see it (<see cref="SectionCodeWalker"/>): from each
/// section's contract members, everything they reach. A mutant is graded on the sections that run the code it
/// changes, and only those; a helper shared by two sections is graded on both.
/// </summary>
internal sealed class SectionReach
{
    private readonly List<(string Section, IReadOnlyDictionary<SyntaxTree, IReadOnlyList<TextSpan>> Code)> _sections = [];

    public static SectionReach Of(Compilation compilation, IEnumerable<SectionSpec> sections)
    {
        var reach = new SectionReach();
        foreach (var section in sections)
        {
            var types = SectionTypes.Implementing(compilation, section.Contract);
            if (types.Count == 0) continue;
            var entries = SectionEntryPoints.Of(compilation, section.Contract, types);
            var walker = new SectionCodeWalker(compilation, [], entries, SectionEntryPoints.OtherSections(compilation, section.Contract));
            walker.CollectUses();
            reach._sections.Add((section.Id, walker.ScannedCode));
        }
        return reach;
    }

    /// <summary>The files holding <paramref name="section"/>'s code (empty when nothing implements it).</summary>
    public IReadOnlyList<string> FilesOf(string section) =>
        _sections.Where(s => s.Section == section).SelectMany(s => s.Code.Keys).Select(tree => tree.FilePath).Distinct().ToList();

    /// <summary>The sections whose code contains <paramref name="node"/>, in spec order.</summary>
    public IReadOnlyList<string> SectionsRunning(SyntaxNode node) =>
        _sections
            .Where(s => s.Code.TryGetValue(node.SyntaxTree, out var spans) && spans.Any(span => span.Contains(node.Span)))
            .Select(s => s.Section)
            .ToList();
}
