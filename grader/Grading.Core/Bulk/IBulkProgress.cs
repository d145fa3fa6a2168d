namespace Grading.Core.Bulk;

/// <summary>Hears how a bulk run goes. Called from the grading threads, one call at a time per student.</summary>
public interface IBulkProgress
{
    void Started(int students);

    void Finished(StudentOutcome outcome);
}
