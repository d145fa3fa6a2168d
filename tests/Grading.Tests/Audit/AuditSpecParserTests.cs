using Grading.Core.Assignments;
using Grading.Core.Audit;

namespace Grading.Tests.Audit;

public sealed class AuditSpecParserTests
{
    private static Mutant Mutant(string file = "Section11ClosedForm.cs", string member = "Solve", string @operator = "constant", string original = "3") => new()
    {
        Id = "x", Operator = @operator, File = file, Line = 1, Member = member, Original = original, Replacement = "4",
        Description = "", Sections = ["1.1"], Diff = "",
    };

    [Test]
    public void Parse_AnEntry_ListsTheMutantsEveryGivenFieldMatches()
    {
        var spec = AuditSpecParser.Parse("""
            equivalent:
              - file: Section11ClosedForm.cs
                operator: constant
                original: "3"
                reason: The notebook's 3 decimals are for display; 4 are within the tolerance.
            """, "audit.yml");
        Assert.That(spec.EquivalentEntryFor(Mutant())?.Reason, Does.StartWith("The notebook's 3 decimals"));
        Assert.That(spec.EquivalentEntryFor(Mutant(original: "0.0")), Is.Null);
        Assert.That(spec.EquivalentEntryFor(Mutant(@operator: "arithmetic")), Is.Null);
        Assert.That(spec.EquivalentEntryFor(Mutant(file: "Other.cs")), Is.Null);
    }

    [Test]
    public void Parse_EmptyOrMissingList_ListsNothing()
    {
        Assert.That(AuditSpecParser.Parse("", "audit.yml").Equivalent, Is.Empty);
        Assert.That(AuditSpecParser.Parse("equivalent:\n", "audit.yml").Equivalent, Is.Empty);
    }

    [Test]
    public void Parse_AMisspeltField_IsAnErrorWithItsLine()
    {
        var error = Assert.Throws<AssignmentSpecException>(() => AuditSpecParser.Parse("""
            equivalent:
              - file: A.cs
                orignal: "3"
                reason: r
            """, "audit.yml"))!;
        Assert.That(error.Message, Does.StartWith("audit.yml(3,"));
        Assert.That(error.Message, Does.Contain("unknown field 'orignal'"));
    }

    [Test]
    public void Parse_AnEntryWithoutReasonOrWithoutSelector_IsAnError()
    {
        Assert.That(() => AuditSpecParser.Parse("equivalent:\n  - file: A.cs\n", "audit.yml"),
            Throws.TypeOf<AssignmentSpecException>().With.Message.Contain("'reason'"));
        Assert.That(() => AuditSpecParser.Parse("equivalent:\n  - reason: all of them\n", "audit.yml"),
            Throws.TypeOf<AssignmentSpecException>().With.Message.Contain("or it would list them all"));
        Assert.That(() => AuditSpecParser.Parse("equivalent:\n  - operator: arithmetics\n    reason: r\n", "audit.yml"),
            Throws.TypeOf<AssignmentSpecException>().With.Message.Contain("no operator 'arithmetics'"));
    }

    [Test]
    public void ReadBeside_TheRepositorysAuditFiles_Parse()
    {
        foreach (string id in new[] { "ps1-autograd", "autodiff-warmup" })
        {
            string spec = Path.Combine(Support.RepositoryPaths.Root, "assignments", id, "assignment.yml");
            Assert.That(AuditSpecParser.ReadBeside(spec).Equivalent, Is.Not.Empty, id);
        }
    }
}
