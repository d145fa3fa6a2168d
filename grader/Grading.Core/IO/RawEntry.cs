namespace Grading.Core.IO;

/// <summary>An entry of a folder listed by its bytes (<see cref="RawFileNames"/>).</summary>
/// <param name="Name">The name's bytes, as the file system has them.</param>
/// <param name="Display">The name for people and reports: UTF-8, each byte that is not written <c>\xE7</c>.</param>
internal sealed record RawEntry(byte[] Name, string Display, bool IsFolder, bool IsLink);
