using System.CommandLine;
using System.Text;
using Analytics.Warehouse;

namespace Analytics.App.Cli.Commands;

/// <summary><c>analytics schema [--out FILE]</c>: the warehouse's tables and columns with their comments (docs/warehouse.md).</summary>
public static class SchemaCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var output = CommonOptions.OutFile("Write to this file instead of standard output");
        var command = new Command("schema", "Write the warehouse's tables and columns with their meaning, and example queries (Markdown; docs/warehouse.md)") { output };
        command.SetAction(result =>
        {
            var markdown = WarehouseDocument.Markdown();
            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, markdown, new UTF8Encoding(false));
            }
            else
            {
                Console.Out.Write(markdown);
            }
            return ExitCodes.Done;
        });
        return command;
    }
}
