using Grading.Contracts;

namespace Ps1Autograd;

/// <summary>1.5 Conclusion: the six answers, in the order the questions are asked.</summary>
public interface ISection15Conclusions : IWrittenAnswers
{
}
