using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grading.Core.Audit;

/// <summary>
/// Makes the mutants of a compiled reference: every operator shown every node of every file, one change per
/// mutant. A mutant keeps the sections that run the changed code (<see cref="SectionReach"/>); one that only
/// sections outside the audit run is not made, one that no section runs is kept as <see cref="MutantStatus.Unreached"/>.
/// The same file produced twice (two operators making one change) is kept once.
/// </summary>
internal sealed class MutantGenerator(IReadOnlyList<MutationOperator> operators)
{
    /// <param name="compilation">The reference, compiled: its trees carry the files' text and their semantic models.</param>
    /// <param name="files">The reference's files by relative path; trees of other paths (implicit usings) are skipped.</param>
    /// <param name="audited">The sections the audit grades.</param>
    public IReadOnlyList<Mutant> Generate(Compilation compilation, IReadOnlySet<string> files, SectionReach reach, IReadOnlySet<string> audited)
    {
        var mutants = new List<Mutant>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => files.Contains(t.FilePath)).OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            string before = root.ToFullString();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes().Where(InMemberCode))
            {
                var sections = reach.SectionsRunning(node);
                if (sections.Count > 0 && !sections.Any(audited.Contains)) continue;
                foreach (var @operator in operators)
                {
                    foreach (var mutation in @operator.Mutate(node, model))
                    {
                        string after = root.ReplaceNode(mutation.Original, mutation.Replacement).ToFullString();
                        if (after == before || !seen.Add(after)) continue;
                        int number = numbers[@operator.Name] = numbers.GetValueOrDefault(@operator.Name) + 1;
                        mutants.Add(new Mutant
                        {
                            Id = $"{Path.GetFileNameWithoutExtension(tree.FilePath)}:{@operator.Name}:{number}",
                            Operator = @operator.Name,
                            File = tree.FilePath,
                            Line = mutation.Original.GetLocation().GetLineSpan().StartLinePosition.Line + 1,
                            Member = MemberOf(mutation.Original),
                            Original = Operators.MutationSyntax.OneLine(mutation.Original),
                            Replacement = Operators.MutationSyntax.OneLine(mutation.Replacement),
                            Description = mutation.Description,
                            Sections = sections.Where(audited.Contains).ToList(),
                            Inside = BodiesHolding(mutation.Original),
                            Statement = StatementHolding(mutation.Original),
                            Diff = UnifiedDiff.Of(tree.FilePath, before, after),
                            MutatedText = after,
                        });
                    }
                }
            }
        }
        return mutants;
    }

    /// <summary>Code inside a member (a body, an initializer), not usings, attributes or declarations' headers.</summary>
    private static bool InMemberCode(SyntaxNode node) =>
        node.FirstAncestorOrSelf<AttributeSyntax>() is null
        && node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() is { } member
        && member is not (BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax);

    /// <summary>The headers of the statements whose body (not header) holds <paramref name="node"/>, innermost first.</summary>
    private static IReadOnlyList<string> BodiesHolding(SyntaxNode node)
    {
        var headers = new List<string>();
        for (SyntaxNode child = node, parent = node.Parent!; parent is not null; child = parent, parent = parent.Parent!)
        {
            if (child is StatementSyntax && parent is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                or UsingStatementSyntax or IfStatementSyntax or ElseClauseSyntax or LockStatementSyntax or FixedStatementSyntax)
                headers.Add(Header(parent, child));
            if (parent is MemberDeclarationSyntax) break;
        }
        return headers;
    }

    /// <summary>The innermost statement holding <paramref name="node"/> (not a block), or its header when the node is in
    /// the header of a loop, if or scope; "" outside any statement (a field's initializer).</summary>
    private static string StatementHolding(SyntaxNode node)
    {
        if (node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax and not BlockSyntax) is not StatementSyntax statement) return "";
        var body = statement switch
        {
            ForStatementSyntax loop => loop.Statement,
            CommonForEachStatementSyntax loop => loop.Statement,
            WhileStatementSyntax loop => loop.Statement,
            UsingStatementSyntax scope => scope.Statement,
            IfStatementSyntax branch => branch.Statement,
            LockStatementSyntax @lock => @lock.Statement,
            FixedStatementSyntax @fixed => @fixed.Statement,
            _ => null,
        };
        return body is null ? Operators.MutationSyntax.OneLine(statement) : Header(statement, body);
    }

    /// <summary>The statement's text before its body, on one line: "for (int t = 0; t &lt; n; t++)".</summary>
    private static string Header(SyntaxNode statement, SyntaxNode body) =>
        string.Join(' ', statement.ToString()[..(body.SpanStart - statement.SpanStart)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Train", "EpochSums", "Train.NewWeight" (a local function), "LearningRate" (a field).</summary>
    private static string MemberOf(SyntaxNode node)
    {
        string? local = node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>()?.Identifier.ValueText;
        string member = node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            BaseFieldDeclarationSyntax field => string.Join(", ", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
            OperatorDeclarationSyntax @operator => "operator " + @operator.OperatorToken.Text,
            _ => node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText ?? "",
        };
        return local is null ? member : $"{member}.{local}";
    }
}
