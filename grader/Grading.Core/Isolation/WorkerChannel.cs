using System.Text;
using System.Text.Json;
using Grading.Core.Results;

namespace Grading.Core.Isolation;

/// <summary>Reads and writes protocol lines on a pair of streams (UTF-8 JSON, one message per line).</summary>
public sealed class WorkerChannel(Stream input, Stream output) : IDisposable
{
    private readonly StreamReader _reader = new(input, Encoding.UTF8);
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false)) { AutoFlush = true };

    public void Send(WorkerMessage message) => _writer.WriteLine(JsonSerializer.Serialize(message, ResultJson.CompactOptions));

    /// <summary>The next message, or null when the other side closed its end.</summary>
    public WorkerMessage? Receive()
    {
        string? line = _reader.ReadLine();
        return line is null ? null : JsonSerializer.Deserialize<WorkerMessage>(line, ResultJson.CompactOptions);
    }

    public void Dispose()
    {
        _reader.Dispose();
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
