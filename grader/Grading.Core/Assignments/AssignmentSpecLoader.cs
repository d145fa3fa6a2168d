namespace Grading.Core.Assignments;

/// <summary>PLACEHOLDER until the yaml branch lands.</summary>
public static class AssignmentSpecLoader
{
    public static AssignmentSpec Load(string yamlPath, IReadOnlyCollection<string>? knownCheckKinds = null) => throw new NotImplementedException();
}

/// <summary>PLACEHOLDER until the yaml branch lands.</summary>
public sealed class AssignmentSpecException(string message) : Exception(message);
