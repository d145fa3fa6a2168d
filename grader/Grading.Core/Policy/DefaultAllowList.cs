namespace Grading.Core.Policy;

/// <summary>
/// The APIs every submission may use unless its assignment.yml says <c>policy_defaults: false</c>: what a
/// numerical exercise needs and nothing that reaches outside it. Anything a submission references that is
/// not on this list (or the assignment's <c>allow:</c> entries, its contracts, or its own code) is refused
/// before anything runs, so an API nobody thought of is shut out rather than let in. Patterns are the
/// rules' symbol patterns: a namespace or type covers everything inside it, and naming one member of a
/// type also lets code name the type. <see cref="DefaultPolicy.Rules"/> carves the harmful parts out of
/// the broad entries (TorchSharp's file IO, MathNet's global settings) and says why.
/// </summary>
public static class DefaultAllowList
{
    /// <summary>The built-in allowed APIs, grouped by what they are for.</summary>
    public static IReadOnlyList<string> Patterns { get; } =
    [
        // The language's own types: objects, strings, numbers, arrays, tuples, delegates, nullable values.
        "System.Object", "System.String", "System.Char", "System.CharEnumerator", "System.Boolean",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Int128", "System.UInt128", "System.IntPtr", "System.UIntPtr", "System.Half", "System.Single", "System.Double", "System.Decimal",
        "System.Array", "System.ArraySegment", "System.Buffer", "System.Enum", "System.ValueType", "System.Void", "System.Nullable",
        "System.ValueTuple", "System.Tuple", "System.TupleExtensions", "System.Index", "System.Range", "System.Lazy",
        "System.Span", "System.ReadOnlySpan", "System.Memory", "System.ReadOnlyMemory", "System.MemoryExtensions",
        "System.Action", "System.Func", "System.Predicate", "System.Comparison", "System.Converter", "System.EventHandler", "System.EventArgs",
        "System.IDisposable", "System.IComparable", "System.IEquatable", "System.IFormattable", "System.ISpanFormattable",
        "System.IUtf8SpanFormattable", "System.IParsable", "System.ISpanParsable", "System.IFormatProvider", "System.IConvertible",
        "System.ICloneable", "System.StringComparer", "System.StringComparison", "System.StringSplitOptions", "System.MidpointRounding",
        "System.FlagsAttribute", "System.ObsoleteAttribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        "System.Diagnostics.CodeAnalysis", "System.Runtime.CompilerServices.MethodImplAttribute", "System.Runtime.CompilerServices.MethodImplOptions",
        "System.Runtime.CompilerServices.CallerMemberNameAttribute", "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
        "System.Runtime.CompilerServices.CallerFilePathAttribute", "System.Runtime.CompilerServices.CallerLineNumberAttribute",
        // `typeof(X).Name` and `GetType().Name`: the names only; the rest of System.Type is reflection.
        "System.Reflection.MemberInfo.Name", "System.Type.FullName", "System.Type.Namespace",
        // What the compiler calls for `arr[1..^1]`, `$"..."` and records.
        "System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "System.Runtime.CompilerServices.FormattableStringFactory", "System.FormattableString", "System.Runtime.CompilerServices.IsExternalInit",
        // Exceptions a computation throws or catches.
        "System.Exception", "System.SystemException", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.NotSupportedException", "System.NotImplementedException", "System.ArithmeticException",
        "System.DivideByZeroException", "System.OverflowException", "System.IndexOutOfRangeException", "System.FormatException",
        "System.NullReferenceException", "System.InvalidCastException", "System.ObjectDisposedException", "System.Diagnostics.UnreachableException",
        // Maths, random numbers, time and dates as values.
        "System.Math", "System.MathF", "System.Numerics", "System.BitConverter", "System.Convert", "System.HashCode", "System.Random",
        "System.TimeSpan", "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.DayOfWeek", "System.Guid",
        // Collections and LINQ to Objects (PLINQ finishes before it returns). Not Queryable: it compiles expression trees.
        "System.Collections.Generic", "System.Collections.ObjectModel", "System.Collections.Immutable", "System.Collections.Frozen",
        "System.Collections.Concurrent", "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.ICollection",
        "System.Collections.IList", "System.Collections.IComparer", "System.Collections.IEqualityComparer",
        "System.Collections.IStructuralComparable", "System.Collections.IStructuralEquatable",
        "System.Linq.Enumerable", "System.Linq.IGrouping", "System.Linq.ILookup", "System.Linq.Lookup", "System.Linq.IOrderedEnumerable",
        "System.Linq.ParallelEnumerable", "System.Linq.ParallelQuery", "System.Linq.OrderedParallelQuery", "System.Linq.ParallelExecutionMode",
        "System.Runtime.InteropServices.CollectionsMarshal.AsSpan", "System.Runtime.InteropServices.MemoryMarshal.Cast",
        // Text and formatting, in memory; culture settings may be read, not set (see the default rules).
        "System.Text.StringBuilder", "System.Text.Encoding", "System.Text.UTF8Encoding", "System.Text.Rune", "System.Text.CompositeFormat",
        "System.Text.RegularExpressions", "System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo",
        "System.Globalization.NumberStyles", "System.Globalization.CompareOptions",
        "System.IO.TextWriter", "System.IO.TextReader", "System.IO.StringWriter", "System.IO.StringReader", "System.IO.MemoryStream", "System.IO.Stream",
        // Printing: Console's output, nothing that reads input or changes the terminal or its streams.
        "System.Console.Write", "System.Console.WriteLine", "System.Console.Out", "System.Console.Error",
        // Timing and the machine's shape, read-only.
        "System.Diagnostics.Stopwatch", "System.Diagnostics.Debug.Assert",
        "System.Environment.ProcessorCount", "System.Environment.NewLine", "System.Environment.Is64BitProcess",
        "System.Environment.TickCount", "System.Environment.TickCount64",
        // Work that ends within the call: data-parallel loops, atomics, a lock, pausing the calling thread.
        "System.Threading.Tasks.Parallel", "System.Threading.Tasks.ParallelOptions", "System.Threading.Tasks.ParallelLoopState",
        "System.Threading.Tasks.ParallelLoopResult", "System.Threading.Interlocked", "System.Threading.Lock",
        "System.Threading.Thread.Sleep", "System.Threading.Thread.Yield", "System.Threading.Timeout",
        // MathNet.Numerics: linear algebra, statistics, distributions, random sources, fitting, special functions.
        // (Its settings and native providers are forbidden by the default rules; its file IO is another package.)
        "MathNet.Numerics",
        // TorchSharp: tensors, autograd, nn, optim, utils.data, functional. File IO, JIT, hub and global
        // settings are forbidden by the default rules.
        "TorchSharp.torch", "TorchSharp.Modules", "TorchSharp.TensorExtensionMethods", "TorchSharp.Scalar", "TorchSharp.ScalarExtensionMethods",
        "TorchSharp.DisposeScope", "TorchSharp.DeviceType", "TorchSharp.Utils.TensorAccessor",
        // The grader's shared contract types (written answers).
        "Grading.Contracts",
    ];
}
