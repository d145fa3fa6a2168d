namespace Grading.Core.Calibration;

/// <summary>What a fixture's files are laid over.</summary>
public enum FixtureBase
{
    /// <summary>The reference's .cs files, with the fixture's replacing those of the same name.</summary>
    Reference,

    /// <summary>Nothing: the fixture's folder is the whole submission.</summary>
    None,
}
