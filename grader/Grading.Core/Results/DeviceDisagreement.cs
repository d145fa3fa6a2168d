namespace Grading.Core.Results;

/// <summary>A tensor section whose verdict differs between devices.</summary>
/// <param name="Section">The section's id.</param>
/// <param name="Message">e.g. "1.3 passes on cpu but not on cuda (partial, 19/25): the weights …".</param>
public sealed record DeviceDisagreement(string Section, string Message);
