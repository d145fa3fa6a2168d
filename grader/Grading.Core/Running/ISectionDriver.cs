using Grading.Core.Assignments;

namespace Grading.Core.Running;

/// <summary>
/// Calls one kind of section of a submission and records what it returned. A driver knows the
/// assignment's contract types; the engine knows only drivers.
/// </summary>
public interface ISectionDriver
{
    /// <summary>The key that <c>driver:</c> in assignment.yml names.</summary>
    string Key { get; }

    /// <summary>Runs the section once with the given implementation; <paramref name="implementation"/>
    /// is an instance of the submission's class implementing the section's contract.</summary>
    SectionRun Run(object implementation, SectionSpec section, SectionContext context);
}
