using Grading.Core.Assignments;
using Grading.Core.Running;

namespace Grading.Core.Figures;

/// <summary>
/// An assignment's charts and tables for one section. A pure function of the spec, the section, the raw run and
/// the session's reference, called when the section is scored, so rescoring a saved result draws them again.
/// </summary>
public interface ISectionFigures
{
    IReadOnlyList<SectionFigure> For(AssignmentSpec assignment, SectionSpec section, SectionRun run, object reference);
}
