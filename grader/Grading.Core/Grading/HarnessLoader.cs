using System.Reflection;
using Grading.Core.Running;

namespace Grading.Core.Grading;

/// <summary>Loads the assembly that <c>harness:</c> names and creates its <see cref="IAssignmentHarness"/>.</summary>
public static class HarnessLoader
{
    public static IAssignmentHarness Load(string assemblyName)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new GradingException($"The assignment's harness assembly '{assemblyName}' is not installed beside the grader ({e.Message}).", e);
        }
        var type = assembly.GetTypes().SingleOrDefault(t => t is { IsClass: true, IsAbstract: false } && typeof(IAssignmentHarness).IsAssignableFrom(t))
            ?? throw new GradingException($"'{assemblyName}' holds no single class implementing IAssignmentHarness.");
        return (IAssignmentHarness)Activator.CreateInstance(type)!;
    }
}
