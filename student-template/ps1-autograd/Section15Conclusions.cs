using System.Collections.Generic;
using Ps1Autograd;

namespace Submission;

/// <summary>1.5 Conclusion (15 pts): answer each question in a few sentences, in this order.</summary>
public sealed class Section15Conclusions : ISection15Conclusions
{
    public IReadOnlyList<string> Answers { get; } =
    [
        // 1. Which method is the most accurate in finding the "true" weights? Why? Is it always
        //    applicable? Hint: think about it from a statistical theory point of view.
        "",

        // 2. Why did we scale the data? (Answer with respect to the model/algorithm.)
        "",

        // 3. Do you think our model specification produced good results? Why or why not? Justify
        //    your answer.
        "",

        // 4. What can you say about the total process times between methods?
        "",

        // 5. Can you suggest some improvements to the model definition?
        "",

        // 6. Can you suggest some improvements to the solution algorithm?
        "",
    ];
}
