using Grading.Core.Assignments;

namespace Grading.Core.Policy;

/// <summary>What a submission may use: the APIs on <see cref="Allowed"/>, minus those a <see cref="Forbidden"/>
/// entry names (which also says why).</summary>
/// <param name="Forbidden">Entries in the form of section rules, mostly <c>forbid</c>: a use that matches one is
/// reported with the entry's message. An entry with an upper bound above zero also lets that API past the allow-list.</param>
/// <param name="Allowed">Patterns (namespaces, types, members) of the APIs a submission may use; anything else it
/// references is reported as not allowed. The submission's own code and the assignment's contracts are always allowed.
/// Null: no allow-list, only the forbidden entries apply (an assignment with <c>policy_defaults: false</c> and no
/// <c>allow:</c> entry).</param>
public sealed record SubmissionPolicy(IReadOnlyList<RuleSpec> Forbidden, IReadOnlyList<string>? Allowed);
