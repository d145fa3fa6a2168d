using System.CommandLine;
using System.Globalization;

namespace Grading.Cli.Commands;

/// <summary>The <c>--canvas-assignment-id</c> option of every command that writes the gradebook (bulk, merge, rescore).</summary>
internal static class CanvasAssignmentIdOption
{
    public static Option<long?> Create()
    {
        var option = new Option<long?>("--canvas-assignment-id")
        {
            Description = "Canvas's number for the assignment (its URL ends /assignments/<number>): canvas.csv's grade column becomes '<title> (<number>)', which Canvas matches to it. Remembered in the output folder.",
        };
        // A parser, not a validator: a validator also runs on a value that failed to convert, and throws reading it.
        option.CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0) return id;
            result.AddError($"--canvas-assignment-id {text}: expected Canvas's assignment number, a whole number above 0 (its URL ends /assignments/<number>).");
            return null;
        };
        return option;
    }
}
