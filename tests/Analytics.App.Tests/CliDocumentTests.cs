using System.CommandLine;
using Analytics.App.Cli;

namespace Analytics.App.Tests;

/// <summary>docs/cli.md, the declared stable interface, lists every command and every option the command line accepts.</summary>
public class CliDocumentTests
{
    [Fact]
    public void EveryCommandAndOptionAppearsInItsRowOfDocsCli()
    {
        var document = File.ReadAllLines(Path.Combine(Analytics.Tests.Support.RepositoryFiles.Root, "docs", "cli.md"));
        var commands = CliApp.Root().Subcommands.ToList();
        commands.Should().Contain(c => c.Name == "export").And.Contain(c => c.Name == "refresh");
        var missing = new List<string>();
        foreach (var command in commands)
        {
            var row = document.FirstOrDefault(l => l.StartsWith($"| `./analytics {command.Name}", StringComparison.Ordinal));
            if (row is null)
            {
                missing.Add(command.Name);
                continue;
            }
            var syntax = System.Text.RegularExpressions.Regex.Split(row, @"(?<!\\)\|")[1];
            missing.AddRange(command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help")
                .Where(o => !syntax.Contains(o.Name + " ", StringComparison.Ordinal) && !syntax.Contains(o.Name + "]", StringComparison.Ordinal) && !syntax.Contains(o.Name + "`", StringComparison.Ordinal))
                .Select(o => $"{command.Name} {o.Name}"));
        }
        missing.Should().BeEmpty("docs/cli.md lists every command with all its options in the command's syntax");
    }
}
