using System.Globalization;
using System.Text.RegularExpressions;

namespace Grading.Core.Running.Memory;

/// <summary>
/// Says what a call was allocating when memory ran out, and the usual fix, from the exception it threw: libtorch's
/// "you tried to allocate N bytes" (with the allocation ceiling, <see cref="AllocationCeiling"/>) or .NET's
/// <see cref="OutOfMemoryException"/> (MathNet's matrices, arrays). A size that is the square of a large number is a
/// matrix with a row and a column per data row: the shape an <c>[n, 1] − [n]</c> broadcast or <c>X·Xᵀ</c> makes.
/// </summary>
internal static partial class OutOfMemoryMessage
{
    [GeneratedRegex(@"can't allocate memory: you tried to allocate (?<bytes>\d+) bytes")]
    private static partial Regex NativeRequest();

    // TorchSharp's matrix products: a square from one of them is X·Xᵀ, not a broadcast.
    private static readonly HashSet<string> Products = new(StringComparer.Ordinal) { "matmul", "mm", "bmm", "outer", "einsum", "ger", "tensordot", "inner" };
    // Its element-wise binary operations, operators included: the ones a broadcast makes a square with.
    private static readonly HashSet<string> ElementWise = new(StringComparer.Ordinal)
    {
        "sub", "add", "mul", "div", "pow", "rsub", "subtract", "multiply", "divide", "true_divide", "sub_", "add_", "mul_", "div_",
        "op_Subtraction", "op_Addition", "op_Multiply", "op_Division", "mse_loss", "l1_loss", "maximum", "minimum", "where",
    };
    private const int SmallestDataSquare = 1000; // below this a square matrix fits: it is not the data's rows squared

    /// <summary>The message, or null when <paramref name="thrown"/> is not about memory.</summary>
    public static string? Describe(Exception thrown, string what, long? limitBytes)
    {
        var frame = StudentFrame.Of(thrown);
        string limit = limitBytes is { } bytes ? $"the section's {bytes / (1024.0 * 1024):0.#} MiB memory limit" : "the memory this machine can give";
        string message;
        try
        {
            message = thrown.Message;
        }
        catch (Exception)
        {
            message = ""; // a student's exception whose Message throws: judged by its type alone
        }
        if (NativeRequest().Match(message) is { Success: true } request)
            return Tensor(what, long.Parse(request.Groups["bytes"].Value, CultureInfo.InvariantCulture), frame, limit);
        if (thrown is OutOfMemoryException) return Managed(what, frame, limit);
        return null;
    }

    private static string Tensor(string what, long bytes, StudentFrame? frame, string limit)
    {
        string where = frame is null ? "" : $" in {Operation(frame)} at {frame.File} line {frame.Line}";
        string op = frame?.Called?.Name ?? "";
        if (Square(bytes) is { } square)
        {
            string head = $"{what} tried to make a [{square.Side}, {square.Side}] tensor ({Size(bytes)} of {square.Element}){where}: more than {limit}.";
            if (Products.Contains(op))
                return head + " A matrix product with a row and a column per data row is X·Xᵀ: multiply the other way round, Xᵀ·X (`X.T.matmul(X)`), "
                    + "or multiply X by the weights as a column, `X.matmul(w.T)`.";
            if (ElementWise.Contains(op))
                return head + " Broadcasting a column [n, 1] against a row [n] makes a square like this (every prediction minus every target): "
                    + "give both sides the same shape, e.g. `pred.squeeze(1)`, `pred.reshape(-1)` or `y.reshape(-1, 1)`.";
            return head + " A tensor with a row and a column per data row is rarely what is meant: check the shapes on that line.";
        }
        return $"{what} tried to allocate {Size(bytes)} for one tensor{where}: more than {limit}. Check the shapes on that line: "
            + "a broadcast between a column [n, 1] and a row [n] makes an n × n result.";
    }

    private static string Managed(string what, StudentFrame? frame, string limit)
    {
        string where = frame switch
        {
            null => "",
            { Called: { } called } when called.DeclaringType?.Namespace?.StartsWith("MathNet", StringComparison.Ordinal) == true
                => $" in MathNet's `{frame.CalledName}` at {frame.File} line {frame.Line}",
            _ => $" at {frame.File} line {frame.Line}",
        };
        return $"{what} ran out of memory{where}: it needed more than {limit}. The usual cause is a matrix or array with a row and a "
            + "column per data row (n × n: about 3 GB for 20,000 rows): `X * X.Transpose()` or a full decomposition of X. Work with Xᵀ·X "
            + "(`X.TransposeThisAndMultiply(X)`), which is only as large as the number of weights squared.";
    }

    /// <summary>"`-` (`Tensor.sub`)" for TorchSharp's operators, else "`Tensor.matmul`".</summary>
    private static string Operation(StudentFrame frame) => frame.Called?.Name switch
    {
        "op_Subtraction" or "sub" => $"`-` (`{frame.CalledName}`)",
        "op_Addition" or "add" => $"`+` (`{frame.CalledName}`)",
        "op_Multiply" or "mul" => $"`*` (`{frame.CalledName}`)",
        "op_Division" or "div" => $"`/` (`{frame.CalledName}`)",
        null => "your code",
        _ => $"`{frame.CalledName}`",
    };

    private static (long Side, string Element)? Square(long bytes)
    {
        foreach (var (size, element) in new[] { (8L, "doubles"), (4L, "floats") })
        {
            if (bytes % size != 0) continue;
            long elements = bytes / size;
            long side = (long)Math.Round(Math.Sqrt(elements));
            if (side >= SmallestDataSquare && side * side == elements) return (side, element);
        }
        return null;
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? (bytes / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + " GB"
        : (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
