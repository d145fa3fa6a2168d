namespace Grading.Core.Running.Memory;

/// <summary>
/// The part of a libtorch error a student can read. TorchSharp passes on the C++ message whole: the sentence that
/// says what went wrong, then "Exception raised from …" and twenty native frames with addresses and library paths.
/// </summary>
internal static class NativeErrorText
{
    private static readonly string[] TraceStarts = ["Exception raised from ", "\nframe #"];

    public static string Sentence(string message)
    {
        int cut = TraceStarts.Select(start => message.IndexOf(start, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        string sentence = message[..cut].Trim();
        // "[enforce fail at alloc_cpu.cpp:127] err == 0. " is libtorch's own assertion, not the student's problem.
        if (sentence.StartsWith("[enforce fail", StringComparison.Ordinal) && sentence.IndexOf(". ", StringComparison.Ordinal) is > 0 and var end)
            sentence = sentence[(end + 2)..];
        return sentence;
    }
}
