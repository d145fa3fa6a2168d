namespace Grading.Reports.Html;

/// <summary>One row of a section's "Devices" table (<c>check --devices</c>).</summary>
/// <param name="Device">"cuda (NVIDIA H100 80GB HBM3)".</param>
/// <param name="Role">"scored" for the primary device, else empty.</param>
/// <param name="Comparison">"0.25× the cpu time (4.0× faster)", or empty.</param>
public sealed record DeviceRunView(string Device, string Role, string Status, string StatusSymbol, string Points, string Time, string Comparison, string Problem);
