namespace Grading.Core.Calibration;

/// <summary>Whether one expected phrase appears in the messages of the fixture's listed sections.</summary>
public sealed record PhraseFound(string Phrase, bool Found);
