using Analytics.Etl.Reading;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Staging;

/// <summary>
/// Stages a CSV file with DuckDB's own reader: the file's text is written, as UTF-8, into a named
/// pipe that <c>read_csv</c> reads (a Windows-1251 file is converted on the way, in a stream), so
/// the reader runs at the engine's speed and the bytes written tell the progress.
/// </summary>
public sealed class CsvStager(DuckDBConnection connection, StageDatabase stage)
{
    private const int Chunk = 1 << 20;

    /// <summary>Stages the file into the raw table; <paramref name="progress"/> is told the bytes read so far.</summary>
    public void Stage(string path, FileScan scan, CsvHeader header, ContractSql sql, Action<long>? progress, CancellationToken cancellation)
    {
        stage.SetLines(scan.Breakpoints);
        var folder = Directory.CreateTempSubdirectory("analytics-stage-");
        try
        {
            var fifo = Path.Combine(folder.FullName, "input.csv");
            Fifo.Create(fifo);
            var pump = Task.Run(() => Pump(path, fifo, scan.IsUtf8, progress, cancellation), CancellationToken.None);
            try
            {
                connection.Execute(sql.RawFromCsv(fifo, parallel: !scan.QuotedLineBreaks));
            }
            catch (DuckDBException e)
            {
                Release(fifo, pump);
                throw new FileRefusedException("файл не читается как CSV: " + FirstLine(e.Message));
            }
            Release(fifo, pump);
            cancellation.ThrowIfCancellationRequested();
            if (pump.Exception is { } failed)
            {
                throw new FileRefusedException("файл не прочитан до конца: " + failed.InnerException?.Message);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Pump(string path, string fifo, bool utf8, Action<long>? progress, CancellationToken cancellation)
    {
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Chunk, FileOptions.SequentialScan);
        using var output = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, Chunk);
        Fifo.Widen(output.SafeFileHandle, Chunk);
        var bytes = new byte[Chunk];
        var decoder = utf8 ? null : TextEncodings.Windows1251.GetDecoder();
        var chars = utf8 ? [] : new char[Chunk];
        var encoded = utf8 ? [] : new byte[Chunk * 3];
        long done = 0;
        int read;
        while ((read = input.Read(bytes, 0, bytes.Length)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            // A NUL byte would cut a cell short inside DuckDB: it goes through as SUB (0x1A), which
            // the cell rules refuse (ContractSql.RefuseControlCharacters).
            if (decoder is null)
            {
                bytes.AsSpan(0, read).Replace((byte)0, (byte)0x1A);
                output.Write(bytes, 0, read);
            }
            else
            {
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                chars.AsSpan(0, count).Replace('\0', '\u001A');
                output.Write(encoded, 0, TextEncodings.Utf8.GetBytes(chars, 0, count, encoded, 0));
            }
            done += read;
            progress?.Invoke(done);
        }
    }

    /// <summary>Waits for the pump; a pump still waiting for its reader (the query failed before it) is let go.</summary>
    private static void Release(string fifo, Task pump)
    {
        if (!pump.IsCompleted)
        {
            FifoReadEnd.Touch(fifo);
        }
        try
        {
            pump.Wait();
        }
        catch (AggregateException)
        {
            // Observed by the caller through pump.Exception.
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
