using System.CommandLine;

namespace Analytics.App.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary><c>--db FILE</c>: the warehouse (default from configuration).</summary>
    public static Option<string?> Db() => new("--db") { Description = "The DuckDB warehouse file (default ./out/warehouse.duckdb)" };

    /// <summary><c>--out DIR</c>: a folder to write files into (made when missing; required without a default), refused as bad usage when it is a file.</summary>
    public static Option<string> OutFolder(string description, string? defaultFolder = null)
    {
        var option = new Option<string>("--out") { Description = description };
        if (defaultFolder is not null)
        {
            option.DefaultValueFactory = _ => defaultFolder;
        }
        else
        {
            option.Required = true;
        }
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: > 0 } path && File.Exists(path))
            {
                result.AddError($"--out {Path.GetFullPath(path)} is a file: give the folder to write into");
            }
        });
        return option;
    }

    /// <summary>
    /// <c>--out FILE</c>: a file to write, refused as bad usage before any work when it is a folder or its
    /// folder does not exist (the write failed at the end with «Could not find a part of the path '….tmp'»).
    /// </summary>
    public static Option<string?> OutFile(string description)
    {
        var option = new Option<string?>("--out") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { Length: > 0 } path)
            {
                return;
            }
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                result.AddError($"--out {full} is a folder: give the file to write");
            }
            else if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"--out {full}: the folder {folder} does not exist");
            }
        });
        return option;
    }
}
