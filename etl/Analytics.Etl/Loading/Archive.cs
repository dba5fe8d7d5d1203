using System.Text;
using Analytics.Warehouse.Exports;
using Analytics.Etl.Validation;

namespace Analytics.Etl.Loading;

/// <summary>
/// Keeps every input file as received, in a folder per run, with its rejects report beside it
/// (<c>&lt;name&gt;.rejects.csv</c>: file, line, column, value, reason). The archive is the one
/// place where personal data from the inputs stays; protect it like the inputs.
/// </summary>
public sealed class Archive(string root, TimeProvider? time = null)
{
    private readonly string _started = (time ?? TimeProvider.System).GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The archive folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// Where a file of a run goes: a folder per run named by its number and its start time (run
    /// numbers repeat when a warehouse is restored from a copy or two warehouses share an archive);
    /// an archived input is never replaced (<see cref="Copy"/>).
    /// </summary>
    public string PathFor(long runId, string fileName) => Path.Combine(Root, $"run-{runId:D6}-{_started}", fileName);

    /// <summary>
    /// Copies the file into the archive (owner-only: 0700 folders, 0600 files), flushed to disk,
    /// before its load commits; an existing archived file is never overwritten.
    /// </summary>
    public static void Copy(string source, string destination)
    {
        OwnerOnly.CreateFolder(Path.GetDirectoryName(destination)!); // with its parents, all 0700
        var temp = destination + ".tmp";
        using (var input = File.OpenRead(source))
        using (var output = OwnerOnly.CreateFile(temp))
        {
            input.CopyTo(output);
            output.Flush(flushToDisk: true);
        }
        File.Move(temp, destination, overwrite: false);
    }

    /// <summary>Writes the rejects report beside an archived file; returns its path.</summary>
    public static string WriteRejects(string archivedFile, IReadOnlyList<Refusal> refusals)
    {
        var path = archivedFile + ".rejects.csv";
        var temp = path + ".tmp";
        using (var stream = OwnerOnly.CreateFile(temp))
        {
            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
            {
                writer.WriteLine("file,line,column,value,reason");
                var name = Path.GetFileName(archivedFile);
                foreach (var r in refusals)
                {
                    writer.WriteLine(string.Join(',', CsvCell.Text(name), r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvCell.Text(r.Column), CsvCell.Text(r.Value ?? ""), CsvCell.Text(r.Reason)));
                }
            }
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
