using System.Text.Encodings.Web;
using Fluid;
using Grading.Core.Bulk;

namespace Grading.Reports.ClassSummary;

/// <summary>
/// The class summary: one self-contained page like the student report (inline CSS, no scripts, no
/// external assets, the same Content-Security-Policy), rendered with Fluid; every value from a
/// student (answers, messages, names) is HTML-encoded by the template engine.
/// </summary>
public static class ClassSummaryExporter
{
    public const string FileName = "summary.html";

    private static readonly Lazy<IFluidTemplate> Template = new(() => Parse(Resource("class-summary.liquid")));
    private static readonly Lazy<string> Css = new(() => Resource("class-summary.css"));

    /// <param name="gradebookWarnings">What the terminal warned of the gradebooks (students left out of moodle.csv, rows Canvas will not match).</param>
    public static string Render(ClassGradebook gradebook, IReadOnlyList<string>? gradebookWarnings = null)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        var context = new TemplateContext(ClassSummaryBuilder.Build(gradebook, gradebookWarnings ?? []), options);
        context.SetValue("css", Css.Value);
        return Template.Value.Render(context, HtmlEncoder.Default);
    }

    private static IFluidTemplate Parse(string text) =>
        new FluidParser().TryParse(text, out var template, out string error)
            ? template
            : throw new InvalidOperationException($"The class summary template does not parse: {error}");

    private static string Resource(string name)
    {
        var assembly = typeof(ClassSummaryExporter).Assembly;
        string resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
