namespace Analytics.Etl.Reading;

/// <summary>
/// Whether a CSV that is not valid UTF-8 is really Windows-1251 Russian text (the other encoding
/// the contract allows), judged on its first 4 MB; otherwise the file is refused whole, naming the
/// first line with a byte that is not UTF-8, instead of loading mojibake:
/// <list type="bullet">
/// <item>UTF-8 with a stray byte: the non-ASCII bytes are mostly valid UTF-8 sequences;</item>
/// <item>another single-byte encoding (CP866, ISO-8859-5, Mac): many high bytes that are neither
/// Cyrillic letters nor the usual punctuation in Windows-1251;</item>
/// <item>KOI8-R/U: read as Windows-1251 the case of the letters flips, so capitalized words
/// («Иванова») turn into a small letter followed by capitals («иВАНОВА»), which real text hardly has.</item>
/// </list>
/// A file with few non-ASCII bytes is taken as it is (nothing to judge, little to garble).
/// </summary>
public static class EncodingCheck
{
    private const int Sample = 4 << 20;

    /// <summary>« » № – — … nbsp “ ” „ ‘ ’ • ° ± in Windows-1251.</summary>
    private static readonly HashSet<byte> Punctuation = [0xAB, 0xBB, 0xB9, 0x96, 0x97, 0x85, 0xA0, 0x93, 0x94, 0x84, 0x91, 0x92, 0x95, 0xB0, 0xB1];

    /// <summary>The refusal reason and line for a file not in UTF-8 that is not Windows-1251 Russian text either, or null.</summary>
    public static (string Reason, long Line)? Problem(string path)
    {
        var bytes = Head(path);
        var (valid, invalid, firstInvalid) = Utf8Sequences(bytes);
        if (valid >= 8 && valid >= 4 * invalid)
        {
            var line = firstInvalid >= 0 ? LineAt(bytes, firstInvalid) : LineOfFirstInvalid(path);
            return ($"файл в UTF-8 содержит байты не в UTF-8 (первый — в строке {line}): пересохраните его в UTF-8", line);
        }
        long high = 0, letters = 0, punctuation = 0, lowerUpper = 0, upperLower = 0;
        var previous = 0; // 1 lower, 2 upper
        foreach (var b in bytes)
        {
            var kind = b >= 0xE0 || b == 0xB8 ? 1 : b >= 0xC0 || b == 0xA8 ? 2 : 0;
            if (b >= 0x80)
            {
                high++;
                letters += kind > 0 ? 1 : 0;
                punctuation += Punctuation.Contains(b) ? 1 : 0;
            }
            lowerUpper += previous == 1 && kind == 2 ? 1 : 0;
            upperLower += previous == 2 && kind == 1 ? 1 : 0;
            previous = kind;
        }
        var firstHigh = firstInvalid >= 0 ? LineAt(bytes, firstInvalid) : 1;
        if (high >= 50 && high - letters - punctuation > high / 4)
        {
            return ($"кодировка не распознана: файл не в UTF-8 и не в Windows-1251 (в строке {firstHigh} и далее знаки, которых нет в русском тексте): пересохраните его в UTF-8 или Windows-1251", firstHigh);
        }
        if (letters >= 50 && lowerUpper > upperLower && lowerUpper >= 5)
        {
            return ($"кодировка не распознана: похоже на KOI8 — при чтении в Windows-1251 буквы меняют регистр (с строки {firstHigh}): пересохраните файл в UTF-8 или Windows-1251", firstHigh);
        }
        return null;
    }

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(Sample, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>Valid multi-byte UTF-8 sequences, invalid bytes, and the offset of the first invalid one (−1 if none).</summary>
    private static (long Valid, long Invalid, long First) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        long valid = 0, invalid = 0, first = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
                i += consumed;
            }
            else if (status == System.Buffers.OperationStatus.NeedMoreData && i + consumed == bytes.Length)
            {
                break; // cut by the end of the sample
            }
            else
            {
                invalid++;
                first = first < 0 ? i : first;
                i += Math.Max(1, consumed);
            }
        }
        return (valid, invalid, first);
    }

    private static long LineAt(ReadOnlySpan<byte> bytes, long offset) => bytes[..(int)offset].Count((byte)'\n') + 1;

    /// <summary>The line of the first byte that is not UTF-8 beyond the sample (read in chunks).</summary>
    private static long LineOfFirstInvalid(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        long lines = 1;
        int read, carried = 0;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var span = buffer.AsSpan(0, carried + read);
            var (_, _, first) = Utf8Sequences(span);
            if (first >= 0)
            {
                return lines + span[..(int)first].Count((byte)'\n');
            }
            // Keep an incomplete trailing sequence for the next read.
            var keep = 0;
            while (keep < 3 && keep < span.Length && span[^(keep + 1)] >= 0x80)
            {
                keep++;
            }
            lines += span[..^keep].Count((byte)'\n');
            span[^keep..].CopyTo(buffer);
            carried = keep;
        }
        return lines;
    }
}
