using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace Analytics.Etl.Reading;

/// <summary>
/// One streaming pass over a file's bytes: its SHA-256 (the identity used to skip files loaded
/// before), whether it is valid UTF-8 (otherwise it is read as Windows-1251), and for CSV how its
/// records map to physical lines: DuckDB's reader numbers records, the rejects report names lines.
/// A record starts on the line after the previous one unless a quoted cell spans line breaks or
/// empty lines (which the reader skips) lie between; each such shift is kept as a breakpoint.
/// </summary>
public sealed record FileScan(string Sha256, bool IsUtf8, long Bytes)
{
    private static readonly SearchValues<byte> QuoteOrNewline = SearchValues.Create("\"\n"u8);

    /// <summary>Whether the file holds a NUL byte (its rows are refused cell by cell).</summary>
    public bool HasNul { get; init; }

    /// <summary>CSV only: data records (the header excluded).</summary>
    public long Records { get; init; }

    /// <summary>
    /// CSV only: (first data record index, line of record index 0 at that rate) pairs; the line of
    /// record k is k + the offset of the last breakpoint at or before k.
    /// </summary>
    public IReadOnlyList<(long Record, long Offset)> Breakpoints { get; init; } = [];

    /// <summary>CSV only: whether a quoted cell holds a line break (DuckDB's parallel reader cannot split such a file).</summary>
    public bool QuotedLineBreaks { get; init; }

    /// <summary>CSV only: the line where a quote opens that never closes, or null.</summary>
    public long? UnclosedQuoteLine { get; init; }

    /// <summary>Reads the file once; <paramref name="csv"/> also maps its records to lines.</summary>
    public static FileScan Of(string path, bool csv)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        var utf8 = new Utf8Check();
        var records = csv ? new RecordScanner() : null;
        long bytes = 0;
        var nul = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            hash.AppendData(chunk);
            utf8.Add(chunk);
            records?.Add(chunk);
            nul = nul || chunk.Contains((byte)0);
            bytes += read;
        }
        var scan = new FileScan(Convert.ToHexStringLower(hash.GetHashAndReset()), utf8.End(), bytes) { HasNul = nul };
        return records is null ? scan : records.Finish(scan);
    }

    /// <summary>UTF-8 validity across chunk boundaries (a sequence split between two reads is carried over).</summary>
    private sealed class Utf8Check
    {
        private readonly byte[] _carry = new byte[8];
        private int _carried;
        private bool _valid = true;

        public void Add(ReadOnlySpan<byte> chunk)
        {
            if (!_valid)
            {
                return;
            }
            if (_carried > 0)
            {
                // Finish the sequence split at the end of the previous chunk with this chunk's first bytes.
                var take = Math.Min(3, chunk.Length);
                chunk[..take].CopyTo(_carry.AsSpan(_carried));
                var status = System.Text.Rune.DecodeFromUtf8(_carry.AsSpan(0, _carried + take), out _, out var consumed);
                if (status == System.Buffers.OperationStatus.NeedMoreData)
                {
                    _carried += take;
                    return;
                }
                if (status != System.Buffers.OperationStatus.Done)
                {
                    _valid = false;
                    return;
                }
                chunk = chunk[(consumed - _carried)..];
                _carried = 0;
            }
            var whole = CompleteLength(chunk);
            if (!Utf8.IsValid(chunk[..whole]))
            {
                _valid = false;
                return;
            }
            chunk[whole..].CopyTo(_carry);
            _carried = chunk.Length - whole;
        }

        public bool End() => _valid && _carried == 0;

        /// <summary>The length of the span without a trailing sequence that is still incomplete.</summary>
        private static int CompleteLength(ReadOnlySpan<byte> span)
        {
            for (var back = 1; back <= 3 && back <= span.Length; back++)
            {
                var b = span[^back];
                if ((b & 0xC0) == 0x80)
                {
                    continue; // a continuation byte: its lead byte is further back
                }
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? span.Length - back : span.Length;
            }
            return span.Length;
        }
    }

    /// <summary>Follows quotes and line breaks to find where each record starts.</summary>
    private sealed class RecordScanner
    {
        private readonly List<(long Record, long Offset)> _breakpoints = [];
        private long _line = 1;
        private long _recordStart = 1;
        private long _record = -1; // the header is record −1; data records count from 0
        private long _quoteOpened;
        private bool _quoted;
        private bool _content;
        private bool _quotedBreak;

        public void Add(ReadOnlySpan<byte> chunk)
        {
            while (!chunk.IsEmpty)
            {
                var next = chunk.IndexOfAny(QuoteOrNewline);
                var before = next < 0 ? chunk : chunk[..next];
                if (!_content && before.IndexOfAnyExcept((byte)'\r') >= 0)
                {
                    _content = true;
                }
                if (next < 0)
                {
                    return;
                }
                if (chunk[next] == (byte)'"')
                {
                    _quoted = !_quoted;
                    _content = true;
                    if (_quoted)
                    {
                        _quoteOpened = _line;
                    }
                }
                else
                {
                    _line++;
                    _quotedBreak |= _quoted;
                    if (!_quoted)
                    {
                        if (_content)
                        {
                            EndRecord();
                        }
                        _recordStart = _line; // an empty line is no record: the next starts after it
                    }
                }
                chunk = chunk[(next + 1)..];
            }
        }

        public FileScan Finish(FileScan scan)
        {
            if (_content && !_quoted)
            {
                EndRecord();
            }
            return scan with
            {
                Records = Math.Max(0, _record),
                Breakpoints = _breakpoints,
                UnclosedQuoteLine = _quoted ? _quoteOpened : null,
                QuotedLineBreaks = _quotedBreak,
            };
        }

        private void EndRecord()
        {
            if (_record >= 0)
            {
                var offset = _recordStart - _record;
                if (_breakpoints.Count == 0 || _breakpoints[^1].Offset != offset)
                {
                    _breakpoints.Add((_record, offset));
                }
            }
            _record++;
            _content = false;
        }
    }
}
