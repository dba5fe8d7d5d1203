using Analytics.Etl.Contract;
using Analytics.Etl.Tests.Support;

namespace Analytics.Etl.Tests;

public class ContractDocumentTests
{
    [Fact]
    public void EveryKindColumnAndAliasOfTheDeclarationAppearsInTheContractDocument()
    {
        var document = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "data-contract.md"));
        foreach (var kind in DataContract.Kinds)
        {
            var start = document.IndexOf($"### {kind.Name}", StringComparison.Ordinal);
            start.Should().BeGreaterThan(0, kind.Name);
            var end = document.IndexOf("###", start + 4, StringComparison.Ordinal);
            var section = end < 0 ? document[start..] : document[start..end];
            foreach (var column in kind.Columns)
            {
                section.Should().MatchRegex($@"\b{column.Name}\b", $"{kind.Name}.{column.Name}");
                foreach (var alias in column.Aliases)
                {
                    document.Should().Contain(alias, $"{kind.Name}.{column.Name} alias");
                }
            }
        }
    }
}
