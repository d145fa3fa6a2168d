using System.IO.Compression;
using Grading.Tests.Support;

namespace Grading.Tests.Bulk;

/// <summary>
/// A small class for the bulk end-to-end tests, cheap to grade yet covering every path: a correct
/// folder, a typical bug zipped under a GitHub Classroom name, a compile error, an empty folder, a
/// corrupt zip, and a roster student who handed nothing in.
/// </summary>
internal static class BulkClass
{
    public const string Roster = "id,name,github,section\nalice,Alice A,alice-gh,A\nbob,\"Bob, B\",bob-gh,A\ncarol,Carol C,,B\ndave,Dave D,,B\nerin,Erin E,erin-gh,B\nzed,Zed Z,,A\n";

    public static readonly string[] Students = ["alice", "bob", "carol", "dave", "erin", "zed"];

    public static void Write(string folder)
    {
        Overlay(Path.Combine(folder, "alice"), null);
        Overlay(Path.Combine(folder, "bob"), "compile-error");
        Directory.CreateDirectory(Path.Combine(folder, "carol"));
        File.WriteAllText(Path.Combine(folder, "dave.zip"), "this is not a zip");
        string erin = Path.Combine(folder, "..", "erin-src");
        Overlay(erin, "gradient-sign-flipped");
        ZipFile.CreateFromDirectory(erin, Path.Combine(folder, "ps1-autograd-erin-gh.zip"));
    }

    private static void Overlay(string target, string? fixture)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(Ps1Grading.Reference, "*.cs")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), true);
        if (fixture is not null)
            foreach (string file in Directory.GetFiles(Ps1Grading.Fixture(fixture), "*.cs")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), true);
    }
}
