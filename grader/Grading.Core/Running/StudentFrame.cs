using System.Diagnostics;
using System.Reflection;

namespace Grading.Core.Running;

/// <summary>Where an exception left the submission's code: its first frame there, and the library method that frame
/// was calling when it threw. Submission sources are compiled under their relative names, the grader's and libraries'
/// PDBs carry absolute paths or none.</summary>
internal sealed record StudentFrame(string File, int Line, MethodBase Method, MethodBase? Called)
{
    /// <summary>" (in Class.Method, File line N)"; empty when no frame is the submission's.</summary>
    public string Suffix => $" (in {Method.DeclaringType?.Name}.{Method.Name}, {File} line {Line})";

    /// <summary>The library method the submission called, as <c>Type.Method</c> (generic arity dropped).</summary>
    public string? CalledName => Called is null ? null : $"{TypeName(Called.DeclaringType)}.{Called.Name}";

    /// <summary>The first submission frame of <paramref name="e"/>; null when there is none, or the trace cannot be read
    /// (a hostile StackTrace override must cost the location, not the grader).</summary>
    public static StudentFrame? Of(Exception e)
    {
        try
        {
            MethodBase? called = null;
            foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                var method = frame.GetMethod();
                if (frame.GetFileName() is { } file && method is not null && !Path.IsPathRooted(file))
                    return new StudentFrame(file, frame.GetFileLineNumber(), method, called);
                if (method is not null) called = method;
            }
            return null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private static string TypeName(Type? type) => type is null ? "" : type.Name.Split('`')[0];
}
