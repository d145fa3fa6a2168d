using Grading.Contracts;
using Grading.Core.Assignments;

namespace Grading.Core.Running;

/// <summary>Reads the free-text answers of a section whose contract extends <see cref="IWrittenAnswers"/>.</summary>
public sealed class WrittenAnswersDriver : ISectionDriver
{
    public string Key => "written-answers";

    public SectionRun Run(object implementation, SectionSpec section, SectionContext context)
    {
        if (implementation is not IWrittenAnswers answers)
            return new SectionRun { SectionId = section.Id, Outcome = RunOutcome.MissingImplementation, Error = $"{implementation.GetType().Name} does not implement IWrittenAnswers." };
        var call = context.Invoker.Invoke(() => answers.Answers?.ToList(), TimeSpan.FromSeconds(section.TimeLimitSeconds), $"{section.Id} Answers");
        var run = SectionRun.From(section.Id, call);
        if (!call.Completed) return run;
        return call.Value is null
            ? run with { Outcome = RunOutcome.InvalidResult, Error = $"{section.Id} Answers returned null instead of a list of answers." }
            : run with { Answers = call.Value };
    }
}
