using System.Text;
using Analytics.Etl.Validation;

namespace Analytics.Etl.Loading;

/// <summary>
/// Keeps every input file as received, in a folder per run, with its rejects report beside it
/// (<c>&lt;name&gt;.rejects.csv</c>: file, line, column, value, reason). The archive is the one
/// place where personal data from the inputs stays; protect it like the inputs.
/// </summary>
public sealed class Archive(string root)
{
    /// <summary>The archive folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Where a file of a run goes.</summary>
    public string PathFor(long runId, string fileName) => Path.Combine(Root, $"run-{runId:D6}", fileName);

    /// <summary>Moves (or with <paramref name="keep"/> copies) the file into the archive.</summary>
    public static void Store(string source, string destination, bool keep)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (keep)
        {
            File.Copy(source, destination, overwrite: true);
        }
        else
        {
            File.Move(source, destination, overwrite: true);
        }
    }

    /// <summary>Writes the rejects report beside an archived file; returns its path.</summary>
    public static string WriteRejects(string archivedFile, IReadOnlyList<Refusal> refusals)
    {
        var path = archivedFile + ".rejects.csv";
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            writer.WriteLine("file,line,column,value,reason");
            var name = Path.GetFileName(archivedFile);
            foreach (var r in refusals)
            {
                writer.WriteLine(string.Join(',', Quote(name), r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Quote(r.Column), Quote(r.Value ?? ""), Quote(r.Reason)));
            }
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
