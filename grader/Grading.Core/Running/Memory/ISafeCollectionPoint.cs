namespace Grading.Core.Running.Memory;

/// <summary>
/// Points in student code where the grader may run a garbage collection on the student's own thread. A collection
/// started from another thread can find a library's object unreachable while a native call on the student's thread
/// still uses its handle (TorchSharp passes raw handles), and its finalizer then frees memory in use: a crash. A
/// collection at the points the library itself allocates at is no different from one the runtime starts there.
/// </summary>
public interface ISafeCollectionPoint
{
    /// <summary>Arranges, on the calling thread, for <paramref name="atSafePoint"/> to be called at each safe point.</summary>
    void Install(Action atSafePoint);
}
