using System.Text;
using Sylvan.Data.Csv;

namespace Analytics.Etl.Reading;

/// <summary>
/// The header of a CSV file: its delimiter (whichever of <c>;</c> and <c>,</c> occurs more outside
/// quotes on the header line) and its field names, read with Sylvan (RFC 4180 quoting, BOM).
/// </summary>
public sealed record CsvHeader(char Delimiter, IReadOnlyList<string> Fields)
{
    /// <summary>Reads the header of a file in its encoding, split by the delimiter counted on its line.</summary>
    public static CsvHeader Read(string path, Encoding encoding) => Read(path, encoding, DetectDelimiter(path, encoding));

    /// <summary>Reads the header of a file in its encoding, split by <paramref name="delimiter"/>.</summary>
    public static CsvHeader Read(string path, Encoding encoding, char delimiter)
    {
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        try
        {
            using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                Delimiter = delimiter,
                HasHeaders = true,
                Comment = '\0', // a line starting with '#' is data, not a comment
                MaxBufferSize = 1 << 24,
            });
            return new CsvHeader(delimiter, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray());
        }
        catch (CsvFormatException e)
        {
            throw new FileRefusedException("файл не читается как CSV: " + e.Message, line: 1);
        }
    }

    private static readonly char[] Delimiters = [';', ','];

    /// <summary>
    /// The first <paramref name="count"/> physical lines of a file, each split as a record by
    /// <c>;</c> and then by <c>,</c> (a line that does not parse as a record is left out).
    /// </summary>
    public static IEnumerable<(long Line, IReadOnlyList<string> Fields)> Lines(string path, Encoding encoding, int count)
    {
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        for (var line = 1L; line <= count && text.ReadLine() is { } record; line++)
        {
            foreach (var delimiter in Delimiters)
            {
                if (Split(record, delimiter) is { } fields)
                {
                    yield return (line, fields);
                }
            }
        }
    }

    private static string[]? Split(string record, char delimiter)
    {
        try
        {
            using var reader = CsvDataReader.Create(new StringReader(record), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true, Comment = '\0' });
            return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        }
        catch (CsvFormatException)
        {
            return null;
        }
    }

    /// <summary>The header split by the other of the two delimiters.</summary>
    public CsvHeader WithOtherDelimiter(string path, Encoding encoding) => Read(path, encoding, Delimiter == ';' ? ',' : ';');

    /// <summary>The delimiter of the header line: whichever of ';' and ',' occurs more outside quotes.</summary>
    public static char DetectDelimiter(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var length = 0;
        var quoted = false;
        int semicolons = 0, commas = 0, c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (ch == '\n' || ch == '\r'))
            {
                break;
            }
            else if (!quoted && ch == ';')
            {
                semicolons++;
            }
            else if (!quoted && ch == ',')
            {
                commas++;
            }
            length++;
        }
        if (length == 0)
        {
            throw new FileRefusedException("пустой файл: нет строки заголовка", line: 1);
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
