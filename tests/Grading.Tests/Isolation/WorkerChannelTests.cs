using System.Text;
using Grading.Core.Isolation;

namespace Grading.Tests.Isolation;

/// <summary>The grader's side of the worker channel trusts nothing: lines are bounded, and what is not a message says why.</summary>
public class WorkerChannelTests
{
    private static WorkerChannel Reading(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Stream.Null);

    [Test]
    public void Receive_WellFormedLines_ReturnsEachMessageThenClosed()
    {
        using var channel = Reading("{\"type\":\"ready\"}\n{\"type\":\"call\",\"call_id\":\"abc\",\"limit_seconds\":3}\n");

        Assert.That(channel.Receive(1024).Message!.Type, Is.EqualTo(WorkerMessage.Ready));
        var call = channel.Receive(1024).Message!;
        Assert.That((call.Type, call.CallId, call.LimitSeconds), Is.EqualTo((WorkerMessage.Call, "abc", 3.0)));
        Assert.That(channel.Receive(1024).IsClosed, Is.True);
    }

    [Test]
    public void Receive_LineOverTheLimit_IsRefusedWithoutReadingItWhole()
    {
        using var channel = Reading("{\"type\":\"section\",\"error\":\"" + new string('x', 100_000) + "\"}\n");

        var receipt = channel.Receive(64 * 1024);

        Assert.That(receipt.Message, Is.Null);
        Assert.That(receipt.Problem, Does.StartWith("a message longer than"));
    }

    [TestCase("garbage that is not json\n", "a line that is not a protocol message")]
    [TestCase("{\"section\":\"1.2\"}\n", "a line that is not a protocol message")]
    [TestCase("null\n", "an empty message")]
    [TestCase("{\"type\":\"ready\"", "the channel closed in the middle of a message")]
    public void Receive_SomethingElse_SaysWhatItWas(string text, string problem)
    {
        using var channel = Reading(text);

        Assert.That(channel.Receive(1024).Problem, Is.EqualTo(problem));
    }

    [Test]
    public void Send_ThenReceive_RoundTripsTheImageAndTheCallId()
    {
        var pipe = new MemoryStream();
        using (var writer = new WorkerChannel(Stream.Null, pipe))
            writer.Send(new WorkerMessage { Type = WorkerMessage.RunRequest, Section = "1.2", Image = [1, 2, 3], CallId = "c1" });
        using var reader = Reading(Encoding.UTF8.GetString(pipe.ToArray()));

        var message = reader.Receive(1024).Message!;

        Assert.That((message.Section, message.CallId, message.Image), Is.EqualTo(("1.2", "c1", new byte[] { 1, 2, 3 })));
    }
}
