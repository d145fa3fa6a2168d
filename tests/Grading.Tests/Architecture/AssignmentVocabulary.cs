using System.Reflection;

namespace Grading.Tests.Architecture;

/// <summary>
/// Finds the names in an assembly that speak of one assignment: its types, their members and their methods'
/// parameters, compiler-generated ones included (a property's backing field carries its name).
/// </summary>
internal static class AssignmentVocabulary
{
    /// <summary>Words of PS1 (least squares on the California housing data, trained over epochs) that a generic
    /// engine has no business naming. Matched case-insensitively anywhere in a name.</summary>
    public static readonly string[] Ps1Words =
        ["LeastSquares", "Residual", "Training", "LearningRate", "Epoch", "Weight", "California", "Housing", "Ps1"];

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>"Type.Member: word" for every name of <paramref name="types"/> that holds one of <paramref name="words"/>.</summary>
    public static IEnumerable<string> Offences(IEnumerable<Type> types, IReadOnlyList<string> words)
    {
        foreach (var type in types)
        {
            foreach (string name in NamesOf(type))
            {
                if (words.FirstOrDefault(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) is { } word)
                    yield return $"{type.FullName}: '{name}' ({word})";
            }
        }
    }

    public static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static IEnumerable<string> NamesOf(Type type)
    {
        yield return type.FullName ?? type.Name;
        foreach (var member in type.GetMembers(Everything))
        {
            yield return member.Name;
            if (member is MethodBase method)
                foreach (var parameter in method.GetParameters()) yield return parameter.Name ?? "";
        }
    }
}
