using System.Text;
using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Isolation;

/// <summary>
/// Reads and writes protocol lines on a pair of streams (UTF-8 JSON, one message per line). Reading is
/// bounded: a line longer than the limit is refused before it is held whole, so a worker cannot make the
/// grader hold gigabytes by never sending a newline.
/// </summary>
public sealed class WorkerChannel(Stream input, Stream output) : IDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false)) { AutoFlush = true };
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public void Send(WorkerMessage message) => _writer.WriteLine(JsonSerializer.Serialize(message, ResultJson.CompactOptions));

    /// <summary>The next message; <see cref="WorkerReceipt.Closed"/> when the other side closed its end.</summary>
    public WorkerReceipt Receive(int maxLineBytes)
    {
        using var line = new MemoryStream();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = input.Read(_buffer, 0, _buffer.Length);
                if (_end == 0) return line.Length == 0 ? WorkerReceipt.Closed : new(null, "the channel closed in the middle of a message");
            }
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int take = (newline < 0 ? _end : newline) - _start;
            if (line.Length + take > maxLineBytes) return new(null, $"a message longer than {maxLineBytes / (1024 * 1024)} MiB");
            line.Write(_buffer, _start, take);
            _start += take;
            if (newline < 0) continue;
            _start++;
            return Parse(line.GetBuffer().AsSpan(0, (int)line.Length));
        }
    }

    private static WorkerReceipt Parse(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerMessage>(line, ResultJson.CompactOptions) is { } message
                ? new(message, null)
                : new(null, "an empty message");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return new(null, "a line that is not a protocol message");
        }
    }

    public void Dispose()
    {
        input.Dispose();
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // the other side is gone; what was unsent no longer matters
        }
    }
}
