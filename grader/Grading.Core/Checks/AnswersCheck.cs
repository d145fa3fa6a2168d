using Grading.Core.Exporting.Text;

namespace Grading.Core.Checks;

/// <summary>
/// Free-text answers: each must be present and more than a few words; its points then wait for a
/// TA (pending). An empty or trivial answer earns nothing and is not pending.
/// </summary>
public sealed class AnswersCheck : ICheck
{
    public string Kind => "answers";

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var questions = context.Section.Questions;
        var answers = context.Run.Answers ?? [];
        double each = context.Spec.Points / Math.Max(1, questions.Count);
        bool noneGiven = answers.All(string.IsNullOrWhiteSpace);
        for (int q = 0; q < questions.Count; q++)
        {
            string name = $"answer {q + 1}";
            string answer = q < answers.Count ? answers[q] ?? "" : "";
            int words = answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (noneGiven)
                yield return Failed(name, each, $"not implemented: all {questions.Count} answers are empty.");
            else if (words == 0)
                yield return Failed(name, each, $"question {q + 1} is not answered.");
            else if (words < questions[q].MinWords)
                yield return Failed(name, each, $"the answer to question {q + 1} has {Counted.Of(words, "word")}; at least {questions[q].MinWords} are expected.");
            else
                yield return new CheckOutcome(name, Kind, true, true, 0, each, $"answered ({words} words); pending a TA's grade.");
        }
        if (answers.Count > questions.Count)
            yield return Failed("answer count", 0, $"{answers.Count} answers for {questions.Count} questions: the extra ones are ignored.");
    }

    private CheckOutcome Failed(string name, double max, string message) => new(name, Kind, false, false, 0, max, message);
}
