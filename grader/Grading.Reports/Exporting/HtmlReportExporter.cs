using System.Reflection;
using System.Text.Encodings.Web;
using Fluid;
using Grading.Core.Exporting;
using Grading.Core.Results;
using Grading.Reports.Html;

namespace Grading.Reports.Exporting;

/// <summary>
/// The per-student HTML report: one self-contained page (inline CSS and SVG, no scripts, no external
/// assets), rendered from the result with a Fluid template. Every value from the result is
/// HTML-encoded by the template engine; only the SVG the grader drew itself is inserted raw.
/// </summary>
public sealed class HtmlReportExporter : IResultExporter
{
    private static readonly Lazy<IFluidTemplate> Template = new(() => Parse(ReadResource("report.liquid")));
    private static readonly Lazy<string> Css = new(() => ReadResource("report.css"));

    private static readonly TemplateOptions Options = CreateOptions();

    public string Format => "html";

    public void Export(GradingResult result, TextWriter writer) => writer.Write(Render(result));

    public static string Render(GradingResult result)
    {
        var context = new TemplateContext(ReportViewBuilder.Build(result), Options);
        context.SetValue("css", Css.Value);
        return Template.Value.Render(context, HtmlEncoder.Default);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        return options;
    }

    private static IFluidTemplate Parse(string text)
    {
        var parser = new FluidParser();
        return parser.TryParse(text, out var template, out string error)
            ? template
            : throw new InvalidOperationException($"The report template does not parse: {error}");
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(HtmlReportExporter).Assembly;
        string resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
