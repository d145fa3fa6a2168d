using System.Text;

namespace Grading.Core.Running;

/// <summary>
/// Captures text up to a limit: the first half of the budget as the head, the last half as a rolling
/// tail, and a count of what fell in between. A submission that prints megabytes costs a few KB.
/// </summary>
public sealed class BoundedTextWriter(int limitChars) : TextWriter
{
    private readonly object _gate = new();
    private readonly StringBuilder _head = new();
    private readonly char[] _tail = new char[Math.Max(1, limitChars / 2)];
    private readonly int _headLimit = limitChars - Math.Max(1, limitChars / 2);
    private long _tailWritten;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (_head.Length < _headLimit) { _head.Append(value); return; }
            _tail[_tailWritten % _tail.Length] = value;
            _tailWritten++;
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_gate) foreach (char c in value) Write(c);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate) for (int i = 0; i < count; i++) Write(buffer[index + i]);
    }

    public CapturedOutput ToCapturedOutput()
    {
        lock (_gate)
        {
            if (_tailWritten <= _tail.Length)
                return new CapturedOutput(_head.ToString() + new string(_tail, 0, (int)_tailWritten), 0);
            long dropped = _tailWritten - _tail.Length;
            int start = (int)(_tailWritten % _tail.Length);
            string tail = new string(_tail, start, _tail.Length - start) + new string(_tail, 0, start);
            string note = dropped.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            return new CapturedOutput($"{_head}\n[… {note} characters cut …]\n{tail}", dropped);
        }
    }
}
