using System.Globalization;
using System.Text;

namespace Grading.Core.Archives;

/// <summary>
/// Where an entry of a class zip belongs: the student whose top folder (or zip) holds it, and its path inside
/// that folder, or why its name is unusable. The name is the zip's to choose, so every reading is checked:
/// a name that is not valid UTF-8 (decoded with U+FFFD in it), has control characters, is absolute or climbs
/// with <c>..</c> is refused, and charged to the student whose folder it names where it names one.
/// </summary>
internal sealed record ClassEntryName(string Path, string? Student, string InStudent, string? Problem)
{
    /// <param name="wrapper">The folder wrapping the whole class ("class/"), or "".</param>
    public static ClassEntryName Of(string fullName, string wrapper)
    {
        string path = fullName.Replace('\\', '/');
        if (wrapper.Length > 0 && path.StartsWith(wrapper, StringComparison.Ordinal)) path = path[wrapper.Length..];
        bool absolute = path.StartsWith('/') || (path.Length >= 2 && path[1] == ':');
        string[] segments = path.Split('/');
        // A top-level file is a student only when it is a zip (alice.zip); other top-level files belong to nobody.
        string? student = absolute || segments[0] is "" or "." or ".." ? null
            : segments.Length > 1 || segments[0].EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Printable(segments[0]) : null;
        string inStudent = Printable(segments.Length > 1 && student is not null ? string.Join('/', segments[1..]) : path);
        string? problem =
            path.Contains('\uFFFD') ? $"contains a file name that is not valid UTF-8 (`{inStudent}`); rename it to plain letters and digits and submit again."
            : path.Any(char.IsControl) ? $"contains a file name with control characters (`{inStudent}`); rename it to plain letters and digits and submit again."
            : absolute ? $"contains `{inStudent}`, an absolute path; archives must hold relative names only."
            : segments.Contains("..") ? $"contains `{inStudent}`, a name that climbs out of its folder with `..`; such archives are refused."
            : path.Contains(':') ? $"contains `{inStudent}`, a name with a drive or stream separator `:`; archives must hold plain relative names."
            : null;
        return new ClassEntryName(path, student, inStudent, problem);
    }

    public bool IsFolder => Path.EndsWith('/');

    /// <summary>A name fit for a message and a CSV cell: control characters written as <c>\xNN</c>.</summary>
    public static string Printable(string name)
    {
        if (!name.Any(char.IsControl)) return name;
        var builder = new StringBuilder(name.Length + 8);
        foreach (char c in name)
            builder.Append(char.IsControl(c) ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : c.ToString());
        return builder.ToString();
    }

    /// <summary>"class/" when every entry (but those refused for their names) lies in that one folder and it holds no source of its own (a zipped
    /// class folder), else "" (the students' folders are at the top).</summary>
    public static string Wrapper(IReadOnlyList<string> fullNames)
    {
        // Names that will be refused anyway (absolute, climbing at the top) must not hide the wrapper from the rest.
        var paths = fullNames.Select(n => n.Replace('\\', '/')).Where(p => !p.StartsWith('/') && !p.StartsWith("../", StringComparison.Ordinal)
            && !(p.Length >= 2 && p[1] == ':')).ToList();
        if (paths.Count == 0 || paths.Any(p => !p.Contains('/'))) return "";
        string first = paths[0][..(paths[0].IndexOf('/') + 1)];
        if (first is "/" or "./" or "../" || first.Contains(':')) return "";
        bool shared = paths.All(p => p.StartsWith(first, StringComparison.Ordinal));
        bool ownSource = paths.Any(p => p.Length > first.Length && !p[first.Length..].Contains('/') && p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase));
        return shared && !ownSource ? first : "";
    }
}
