using Grading.Core.Running;

namespace Grading.Tests.Running;

public class BoundedTextWriterTests
{
    // "0;1;2;…": no window repeats, so a head or tail taken from the wrong place cannot match.
    private static string Distinct(int length) => string.Join(';', Enumerable.Range(0, length))[..length];

    [Test]
    public void ToCapturedOutput_UnderTheLimit_KeepsEverything()
    {
        var writer = new BoundedTextWriter(100);
        writer.Write("epoch:0, loss:1.0");
        writer.WriteLine();
        writer.Write('!');
        var output = writer.ToCapturedOutput();
        Assert.That(output.Text, Is.EqualTo("epoch:0, loss:1.0" + Environment.NewLine + "!"));
        Assert.That(output.TruncatedChars, Is.Zero);
    }

    [Test]
    public void ToCapturedOutput_ExactlyTheLimit_KeepsEverything()
    {
        string text = Distinct(100);
        var writer = new BoundedTextWriter(100);
        writer.Write(text);
        Assert.That(writer.ToCapturedOutput(), Is.EqualTo(new CapturedOutput(text, 0)));
    }

    [Test]
    public void ToCapturedOutput_OneOverTheLimit_CutsOne()
    {
        string text = Distinct(101);
        var writer = new BoundedTextWriter(100);
        writer.Write(text);
        var output = writer.ToCapturedOutput();
        Assert.That(output.TruncatedChars, Is.EqualTo(1));
        Assert.That(output.Text, Does.StartWith(text[..50]).And.EndWith(text[^50..]));
    }

    [Test]
    public void ToCapturedOutput_OverTheLimit_KeepsHeadAndTailAndCountsTheCut()
    {
        string text = Distinct(10_000);
        var writer = new BoundedTextWriter(100);
        writer.Write(text);
        var output = writer.ToCapturedOutput();

        Assert.That(output.TruncatedChars, Is.EqualTo(9_900));
        Assert.That(output.Text, Does.StartWith(text[..50]));
        Assert.That(output.Text, Does.EndWith(text[^50..]));
        Assert.That(output.Text, Does.Contain("characters cut"));
        // Head, note and tail only: nothing from the middle slips through.
        Assert.That(output.Text, Does.Not.Contain(text.Substring(5_000, 20)));
    }

    [Test]
    public void ToCapturedOutput_OddLimit_KeepsExactlyTheLimit()
    {
        string text = Distinct(1_000);
        var writer = new BoundedTextWriter(101);
        writer.Write(text);
        var output = writer.ToCapturedOutput();
        Assert.That(output.TruncatedChars, Is.EqualTo(899));
        // 51 head + 50 tail: the note sits between them on its own line.
        string[] lines = output.Text.Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[0], Is.EqualTo(text[..51]));
        Assert.That(lines[2], Is.EqualTo(text[^50..]));
    }

    [Test]
    public void Write_CharArraySlice_KeepsOnlyTheSlice()
    {
        var writer = new BoundedTextWriter(100);
        writer.Write("0123456789".ToCharArray(), 2, 5);
        Assert.That(writer.ToCapturedOutput().Text, Is.EqualTo("23456"));
    }

    [Test]
    public void Write_ManySmallWritesOverTheLimit_CountsEveryCutChar()
    {
        var writer = new BoundedTextWriter(10);
        for (int i = 0; i < 1_000; i++) writer.Write((char)('0' + i % 10));
        var output = writer.ToCapturedOutput();
        Assert.That(output.TruncatedChars, Is.EqualTo(990));
        Assert.That(output.Text, Does.StartWith("01234").And.EndWith("56789"));
    }

    [Test]
    public void Write_FromManyThreads_LosesNoCount()
    {
        var writer = new BoundedTextWriter(64);
        Parallel.For(0, 8, _ => { for (int i = 0; i < 1_000; i++) writer.Write("ab"); });
        Assert.That(writer.ToCapturedOutput().TruncatedChars, Is.EqualTo(16_000 - 64));
    }
}
