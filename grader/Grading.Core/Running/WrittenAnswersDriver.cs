using Grading.Contracts;
using Grading.Core.Assignments;
using Grading.Core.Bounds;

namespace Grading.Core.Running;

/// <summary>Reads the free-text answers of a section whose contract extends <see cref="IWrittenAnswers"/>.</summary>
public sealed class WrittenAnswersDriver : ISectionDriver
{
    public string Key => "written-answers";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        if (implementation is not IWrittenAnswers answers)
            return new SectionRun { SectionId = section.Id, Outcome = RunOutcome.MissingImplementation, Error = $"{implementation.GetType().Name} does not implement IWrittenAnswers." };
        // Read lazily, inside the guarded call: a list that claims a billion answers is counted, never copied whole.
        int max = RunBounds.Default.AnswersFor(section.Questions.Count);
        var call = context.Invoker.Invoke(() => answers.Answers is { } list ? BoundedSequence.Read(list, max) : null,
            TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} Answers");
        var run = SectionRun.From(section.Id, call);
        if (!call.Completed) return run;
        return call.Value is not { } read
            ? run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Answers returned null instead of a list of answers." }
            : RunBoundary.WithCut(run with { Answers = read.Kept.ToList() }, read.Cut("answers", null, "the answers", "answers"));
    }
}
