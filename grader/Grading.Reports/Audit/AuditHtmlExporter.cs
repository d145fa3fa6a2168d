using System.Text.Encodings.Web;
using Fluid;
using Grading.Core.Audit;

namespace Grading.Reports.Audit;

/// <summary>
/// audit.html: what an instructor reads to see where an assignment's checks are weak. One self-contained page like
/// the student report (the report's CSS plus a few audit rules, no scripts, no external assets, the same
/// Content-Security-Policy), rendered with Fluid. Every value from the report (diffs of code, check messages, errors)
/// is HTML-encoded by the template engine; nothing is inserted raw but the page's own CSS.
/// </summary>
public static class AuditHtmlExporter
{
    public const string FileName = "audit.html";

    private static readonly Lazy<IFluidTemplate> Template = new(() => Parse(Resource("audit.liquid")));
    // The student report's look (tables, badges, pre) and the few rules only this page needs (diff lines, verdicts).
    private static readonly Lazy<string> Css = new(() => Resource("report.css") + "\n" + Resource("audit.css"));

    public static string Render(AuditReport report)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        var context = new TemplateContext(AuditViewBuilder.Build(report), options);
        context.SetValue("css", Css.Value);
        return Template.Value.Render(context, HtmlEncoder.Default);
    }

    private static IFluidTemplate Parse(string text) =>
        new FluidParser().TryParse(text, out var template, out string error)
            ? template
            : throw new InvalidOperationException($"The audit template does not parse: {error}");

    private static string Resource(string name)
    {
        var assembly = typeof(AuditHtmlExporter).Assembly;
        string resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
