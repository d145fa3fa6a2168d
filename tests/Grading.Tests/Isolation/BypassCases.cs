namespace Grading.Tests.Isolation;

/// <summary>
/// The bypass fixtures of tests/fixtures/hostile and their verdicts (tests/fixtures/hostile/README.md). Each
/// policy verdict names the API, the rule's reason (or the allow-list's) and the place in the fixture.
/// </summary>
internal static class BypassCases
{
    private const string NotRun = "1.1 was not run: its code breaks the grading policy.";
    private const string NotListed = "which submissions may not use (it is not on the assignment's list of allowed APIs)";
    private const string NoFiles = "Submissions may not read or write files";
    private const string NoCodeGeneration = "Submissions may not generate or compile code at run time";
    private const string NoReflection = "Submissions may not use reflection";
    private const string WroteNothing = "wrote nothing";

    public static readonly BypassCase[] All =
    [
        // APIs that open a path themselves, off the allow-list.
        Section11("xml-writer-create", [NotListed, "`System.Xml.XmlWriter.Create`", At("XmlWriter.Create(...)", 28, 47)], WroteNothing),
        Section11("xdocument-save", [NotListed, "`System.Xml.Linq.XDocument.Save`", At("XDocument.Save(...)", 29, 26)], WroteNothing),
        Section11("xml-external-entity",
            [NotListed, "`System.Xml.XmlUrlResolver`", At("new XmlUrlResolver(...)", 24, 103), At("XmlReader.Create(...)", 33, 46)], "read nothing"),
        Section11("trace-listener-file",
            [NotListed, "`System.Diagnostics.TextWriterTraceListener`", At("new TextWriterTraceListener(...)", 29, 42)], WroteNothing),
        Section11("tar-file",
            [NoFiles, At("TarFile.CreateFromDirectory(...)", 32, 25), At("TarFile.ExtractToDirectory(...)", 45, 25)], "wrote nothing, read nothing"),
        // Code compiled or bound at run time.
        Section11("expression-tree-compile",
            [NoCodeGeneration, At("IEnumerable<string>.AsQueryable<string>(...)", 33, 55), At("Expression<Action>.Compile(...)", 35, 50)], WroteNothing),
        Section11("delegate-by-name",
            [NoCodeGeneration, At("Delegate.CreateDelegate(...)", 28, 62), NoReflection, At("Type.GetType(...)", 28, 114)], WroteNothing),
        // Callbacks that would write after the section returned: the section itself passes with the policy off.
        Section11("time-provider-timer",
            [NotListed, "`System.TimeProvider.CreateTimer`", At("TimeProvider.CreateTimer(...)", 26, 38), NoFiles, At("File.WriteAllText(...)", 37, 22)],
            "timer armed") with { PassesWithPolicyOff = true, WritesLate = true },
        Section11("cancellation-token-timer",
            [NotListed, At("new CancellationTokenSource(...)", 26, 22), "`System.Threading.CancellationToken.Register`", NoFiles, At("File.WriteAllText(...)", 38, 22)],
            "timer armed") with { PassesWithPolicyOff = true, WritesLate = true },
        // Legal code: a fresh worker per section is what makes it fail.
        new("static-handoff", ["1.2", "1.3"], "1.3", ["1.3 Train returned null instead of a TrainingRun"], "1.2's run in reach: False"),
        // File.WriteAllText where the compiler calls on its own.
        Section11("generic-new-constructor", [NoFiles, At("File.WriteAllText(...)", 40, 22), "It is in `RunLog`, which this section uses"], WroteNothing),
        Section11("query-select-helper", [NoFiles, At("File.WriteAllText(...)", 35, 18)], WroteNothing),
        Section11("collection-initializer-add", [NoFiles, At("File.WriteAllText(...)", 38, 18)], WroteNothing),
        Section11("deconstructor", [NoFiles, At("File.WriteAllText(...)", 42, 22)], WroteNothing),
        Section11("static-abstract-member", [NoFiles, At("File.WriteAllText(...)", 48, 22)], WroteNothing),
        Section11("record-with-copy", [NoFiles, At("File.WriteAllText(...)", 41, 22)], WroteNothing),
        Section11("operator-true", [NoFiles, At("File.WriteAllText(...)", 43, 22)], WroteNothing),
        Section11("interpolated-string-handler", [NoFiles, At("File.WriteAllText(...)", 43, 22)], WroteNothing),
    ];

    private static BypassCase Section11(string fixture, string[] verdict, string ranEvidence) =>
        new(fixture, ["1.1"], "1.1", [NotRun, .. verdict], ranEvidence);

    private static string At(string code, int line, int column) => $"Found `{code}` at Section11ClosedForm.cs({line},{column})";
}
