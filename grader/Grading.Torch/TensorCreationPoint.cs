using System.Reflection;
using Grading.Core.Running.Memory;
using TorchSharp;

namespace Grading.Torch;

/// <summary>
/// Makes the creation of each tensor on a thread a safe point for a garbage collection (<see cref="ISafeCollectionPoint"/>):
/// a TorchSharp operation wraps its result in a new tensor only after its native call has returned, the same point at
/// which the runtime itself collects when that wrapper's allocation fills its budget.
/// TorchSharp has no hook there, but every new tensor registers with the thread's current dispose scope, through a
/// hash set. The thread gets a scope of its own whose set's comparer calls back while hashing a tensor being registered, and
/// never stores one: it keeps nothing alive, so tensors are freed exactly as without a scope (by the student's dispose
/// scopes, by <c>Dispose</c>, or by their finalizers). Relies on TorchSharp's internals (<c>DisposeScope.Disposables</c>,
/// <c>Tensor.OwningDisposeScope</c>), checked by the tests on every TorchSharp upgrade; where they are missing it does nothing.
/// </summary>
public sealed class TensorCreationPoint : ISafeCollectionPoint
{
    public static TensorCreationPoint Instance { get; } = new();

    private static readonly PropertyInfo? Disposables =
        typeof(DisposeScope).GetProperty("Disposables", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly Func<torch.Tensor, DisposeScope?>? Owner =
        typeof(torch.Tensor).GetProperty("OwningDisposeScope", BindingFlags.Instance | BindingFlags.NonPublic)?.GetMethod
            ?.CreateDelegate<Func<torch.Tensor, DisposeScope?>>();

    private TensorCreationPoint()
    {
    }

    /// <summary>Whether this TorchSharp has the internals the hook needs.</summary>
    public static bool Supported => Disposables?.SetMethod is not null && Disposables.PropertyType == typeof(HashSet<IDisposable>) && Owner is not null;

    public void Install(Action atSafePoint)
    {
        if (!Supported) return;
        var scope = torch.NewDisposeScope(); // the thread's current scope from here on; never disposed, the thread ends with the call
        var comparer = new RegistrationComparer(scope, Owner!, atSafePoint);
        Disposables!.SetValue(scope, new HashSet<IDisposable>(comparer) { RegistrationComparer.Sentinel });
    }

    /// <summary>Equal to the set's one sentinel for every tensor being registered (so none is stored), and calls back then;
    /// a tensor the scope already owns (being disposed or moved, possibly on the finalizer's thread) is simply not found,
    /// so the set never changes after it is made, and reading it from two threads is safe.</summary>
    private sealed class RegistrationComparer(DisposeScope scope, Func<torch.Tensor, DisposeScope?> owner, Action atSafePoint)
        : IEqualityComparer<IDisposable>
    {
        public static readonly IDisposable Sentinel = new Nothing();

        public bool Equals(IDisposable? x, IDisposable? y) => ReferenceEquals(x, y) || (ReferenceEquals(x, Sentinel) && Arriving(y));

        public int GetHashCode(IDisposable obj)
        {
            if (Arriving(obj)) atSafePoint();
            return 0; // one bucket: the sentinel's; anything else kept (not a tensor) is rare
        }

        private bool Arriving(IDisposable? item) => item is torch.Tensor tensor && !ReferenceEquals(owner(tensor), scope);
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
