using System.Text.RegularExpressions;
using Grading.Core.Assignments;
using Grading.Core.Compiling;

namespace Grading.Core.Grading;

/// <summary>
/// Which installed assignment a submission is for, when the command line does not say: the one whose
/// section contracts (their interface names) the submission's sources name most. A student's template
/// implements every contract of its assignment in its stubs, so <c>dotnet grader check .</c> grades it
/// as the right assignment with no setting in the repository. Official grading names the assignment
/// (the Classroom workflow, bulk grading), so a student cannot choose it by naming another's interfaces.
/// </summary>
public static class AssignmentDetector
{
    /// <summary>The assignment id, or null when the sources name no installed assignment's contract (or
    /// cannot be read: grading then reports why, in its own words).</summary>
    /// <exception cref="GradingException">The sources name as many contracts of two assignments.</exception>
    public static string? Detect(AssignmentCatalog catalog, string submissionPath)
    {
        SubmissionSource source;
        try
        {
            source = SubmissionSource.Read(submissionPath);
        }
        catch (SubmissionException)
        {
            return null;
        }
        var counts = catalog.Ids
            .Select(id => (Id: id, Named: ContractNames(catalog.SpecPath(id)).Count(name => Names(source, name))))
            .Where(a => a.Named > 0)
            .OrderByDescending(a => a.Named)
            .ToList();
        if (counts.Count == 0) return null;
        if (counts.Count > 1 && counts[1].Named == counts[0].Named)
            throw new GradingException(
                $"The submission implements contracts of both '{counts[0].Id}' and '{counts[1].Id}': say which assignment it is with --assignment.");
        return counts[0].Id;
    }

    /// <summary>The simple names of a spec's section contracts; none when the spec or its harness cannot be loaded (grading
    /// that assignment would say why; it is no reason to refuse another).</summary>
    private static IEnumerable<string> ContractNames(string specPath)
    {
        try
        {
            // Through the harness: only it knows its own blocks of the spec (PS1's data and training).
            return AssignmentLoader.Load(specPath).Spec.Sections.Select(s => s.Contract[(s.Contract.LastIndexOf('.') + 1)..]).Distinct().ToList();
        }
        catch (Exception e) when (e is AssignmentSpecException or GradingException)
        {
            return [];
        }
    }

    private static bool Names(SubmissionSource source, string identifier)
    {
        var word = new Regex($@"\b{Regex.Escape(identifier)}\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return source.Files.Any(f => word.IsMatch(f.Text));
    }
}
