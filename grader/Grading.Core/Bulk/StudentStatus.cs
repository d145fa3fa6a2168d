namespace Grading.Core.Bulk;

/// <summary>Where a student stands after a bulk run; serialized in lower case.</summary>
public enum StudentStatus
{
    /// <summary>Graded: result.json and result.html are beside the record.</summary>
    Graded,
    /// <summary>Could not be graded (empty folder, bad zip, no .cs files); the record's error says why.</summary>
    Error,
    /// <summary>On the roster, and nothing was handed in.</summary>
    Missing,
}
