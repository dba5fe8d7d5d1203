using Analytics.Contract;
using Analytics.Tests.Support;

namespace Analytics.Etl.Tests;

public class ContractDocumentTests
{
    [Fact]
    public void EveryKindColumnAndAliasOfTheDeclarationAppearsInItsRowOfTheContractDocument()
    {
        var document = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "data-contract.md"));
        foreach (var kind in DataContract.Kinds)
        {
            var start = Array.FindIndex(document, l => l.StartsWith($"### {kind.Name} ", StringComparison.Ordinal) || l == $"### {kind.Name}");
            start.Should().BeGreaterThan(0, kind.Name);
            var section = document.Skip(start + 1).TakeWhile(l => !l.StartsWith("##", StringComparison.Ordinal)).ToList();
            foreach (var column in kind.Columns)
            {
                var row = section.SingleOrDefault(l => l.StartsWith($"| {column.Name}*", StringComparison.Ordinal) || l.StartsWith($"| {column.Name} ", StringComparison.Ordinal));
                row.Should().NotBeNull($"{kind.Name}.{column.Name} has a row in its kind's table");
                var aliases = row!.Split('|')[2].Split(',', StringSplitOptions.TrimEntries);
                foreach (var alias in column.Aliases)
                {
                    aliases.Should().Contain(alias, $"{kind.Name}.{column.Name} alias");
                }
                row.Split('|')[1].Trim().EndsWith('*').Should().Be(column.Required, $"{kind.Name}.{column.Name}: * marks a required column");
            }
        }
    }
}
