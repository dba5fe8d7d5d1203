namespace Analytics.Etl.Reading;

/// <summary>
/// Whether a CSV's bytes have a form the contract does not allow and a reader would misread:
/// UTF-16 (Excel's «Unicode text»; with or without its byte-order mark: a NUL beside every
/// ASCII letter of the header, a 0x04 beside every Cyrillic one) or lines ended by a lone CR
/// (old Mac files), which DuckDB's reader would split while the line map counts LF. Judged on the
/// first line, so the refusal names what to do instead of a count of records that do not agree.
/// </summary>
public static class TextForm
{
    private const int Sample = 64 << 10;

    /// <summary>The refusal reason and line for a CSV in a form the contract does not allow, or null.</summary>
    public static (string Reason, long Line)? Problem(string path)
    {
        var head = Head(path);
        if (head.StartsWith([(byte)0xFF, (byte)0xFE]) || head.StartsWith([(byte)0xFE, (byte)0xFF]) || HighByteInEveryOtherByte(head))
        {
            return ("файл в кодировке UTF-16 (в Excel — «Текст в Юникоде»): ожидается UTF-8 или Windows-1251; сохраните его как «CSV UTF-8»", 1);
        }
        var cr = head.IndexOf((byte)'\r');
        var lf = head.IndexOf((byte)'\n');
        if (cr >= 0 && (lf < 0 || cr < lf) && cr + 1 < head.Length && head[cr + 1] != (byte)'\n')
        {
            return ("строки разделены одним знаком CR (как в старых Mac): ожидаются концы строк LF или CRLF; пересохраните файл", 1);
        }
        return null;
    }

    private static ReadOnlySpan<byte> Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(Sample, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>
    /// A header in UTF-16 has the high byte of its characters in (nearly) every other byte of its
    /// first line: 0x00 beside an ASCII letter, 0x04 beside a Cyrillic one (U+0400–U+04FF).
    /// Neither byte occurs in the text of a UTF-8 or Windows-1251 file.
    /// </summary>
    private static bool HighByteInEveryOtherByte(ReadOnlySpan<byte> head)
    {
        var line = head[..Math.Min(head.Length, 200)];
        return line.Length >= 8 && (line.Count((byte)0) + line.Count((byte)4)) * 3 >= line.Length;
    }
}
