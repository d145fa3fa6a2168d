using Grading.Core.Assignments;
using Grading.Core.Checks;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>
/// The one way an assignment is loaded (grader, workers, rescoring, every command): the YAML is read once, the
/// harness it names is loaded, and the whole file is validated against the engine's words plus the harness's
/// check kinds and blocks. Nothing is prepared or run.
/// </summary>
public static class AssignmentLoader
{
    public static LoadedAssignment Load(string specPath)
    {
        IAssignmentHarness? harness = null;
        CheckRegistry? checks = null;
        var spec = AssignmentSpecLoader.Load(specPath, name =>
        {
            harness = HarnessLoader.Load(name);
            checks = CheckRegistry.For(harness);
            return new SpecVocabulary(checks.Kinds, harness.SpecBlocks);
        });
        // A spec loads only with a harness field, and the loader asked for that harness.
        return new LoadedAssignment(spec, harness!, checks!);
    }
}
