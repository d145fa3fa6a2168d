using Grading.Core.Data;

namespace Grading.Tests.Data;

public class CsvTableTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("csv-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        string path = Path.Combine(_dir, "data.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Read_WellFormed_ReturnsColumnsAndRows()
    {
        var table = CsvTable.Read(Write("a,b\n1,2.5\n-3,4e2\n"));
        Assert.That(table.Columns, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(table.Rows[1], Is.EqualTo(new[] { -3.0, 400.0 }));
    }

    [Test]
    public void Read_TextInANumberColumn_NamesLineAndColumn()
    {
        var error = Assert.Throws<DataException>(() => CsvTable.Read(Write("a,b\n1,2\n3,oops\n")));
        Assert.That(error!.Message, Is.EqualTo("data.csv(3): column 'b' holds 'oops', not a finite number."));
    }

    [Test]
    public void Read_ShortRow_NamesTheLine()
    {
        var error = Assert.Throws<DataException>(() => CsvTable.Read(Write("a,b\n1\n")));
        Assert.That(error!.Message, Is.EqualTo("data.csv(2): expected 2 values, found 1."));
    }

    [Test]
    public void Read_EmptyFile_SaysSo()
    {
        var error = Assert.Throws<DataException>(() => CsvTable.Read(Write("")));
        Assert.That(error!.Message, Does.Contain("empty"));
    }
}
