using System.Diagnostics;
using Analytics.Contract;
using Analytics.Etl.Reading;
using Analytics.Etl.Staging;
using Analytics.Etl.Validation;
using Analytics.Warehouse;
using Analytics.Warehouse.Marts;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>What a file's load has done so far, for a progress line.</summary>
/// <param name="File">The file.</param>
/// <param name="Rows">Rows read so far (for a CSV estimated from the bytes read).</param>
/// <param name="Total">The rows the file holds, when known before reading (CSV).</param>
/// <param name="Elapsed">Time since the file's load began.</param>
public sealed record FileProgress(InboxFile File, long Rows, long? Total, TimeSpan Elapsed);

/// <summary>
/// Loads one file: stages its cells in the in-memory stage database (CSV with DuckDB's reader,
/// XLSX through the Appender), runs the rules generated from its kind's declaration set-wise,
/// then merges the valid, pseudonymized rows and records the audit rows in one warehouse
/// transaction. A crash or a cancellation before the commit leaves the warehouse as it was.
/// </summary>
public sealed class FileLoader(DuckDBConnection connection, StageDatabase stage)
{
    /// <summary>Told how far a file's load has come (at least every 50,000 rows or 1 MB).</summary>
    public Action<FileProgress>? Progress { get; init; }

    /// <summary>Loads a file; file-level refusals are recorded, not thrown.</summary>
    /// <param name="phases">Told where each phase ends (stage, check, refusals, valid, keys, merge, commit), if given.</param>
    public FileOutcome Load(InboxFile file, long runId, string archivedAs, CancellationToken cancellation, Action<IReadOnlyList<Refusal>>? beforeCommit = null, PhaseClock? phases = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            stage.Clear();
            HeaderMap map;
            ContractSql sql;
            try
            {
                (map, sql) = StageRaw(file, clock, cancellation);
                phases?.Lap("stage");
            }
            catch (Exception e) when (e is not (OperationCanceledException or FileRefusedException or DuckDBException))
            {
                // Whatever a broken file does to its reader (malformed XML, a bad zip, a decoding
                // error, a budget exceeded) refuses that file; the run goes on with the others.
                throw new FileRefusedException(UnreadableReason(e));
            }
            return Validate(file, map, sql, runId, archivedAs, clock, beforeCommit, phases, cancellation);
        }
        catch (FileRefusedException refused)
        {
            var refusal = new Refusal(refused.Line, refused.Column ?? "", null, refused.Reason);
            using var transaction = connection.BeginTransaction();
            RecordFile(runId, file, "refused", 0, 0, 0, refused.Reason, archivedAs, clock.Elapsed, refused.ForName ? file.NameHash : null);
            beforeCommit?.Invoke([refusal]);
            transaction.Commit();
            return new FileOutcome(file.Recorded, file.Kind?.Name, FileStatus.Refused, 0, 0, 0, refused.Reason, [refusal], clock.Elapsed);
        }
        finally
        {
            stage.Clear();
        }
    }

    /// <summary>
    /// Why a file has no kind; for a name that begins with a kind but goes on with a space or a bracket (a second
    /// download «programs (1).csv»), what the kind is read from and how to rename it. Only the part before the
    /// first digit is quoted, so no СНИЛС or date of a name reaches the reason.
    /// </summary>
    private static string UnknownKind(string path)
    {
        if (DataContract.LikelyKind(path) is { } likely)
        {
            var prefix = RecordedName.Plain(DataContract.KindPrefix(path));
            return $"неизвестный вид файла: вид — начало имени до первого «_», «-», «.» или цифры, здесь это «{prefix}»; "
                + $"если это файл вида «{likely.Name}», переименуйте его так, чтобы за «{likely.Name}» сразу шёл один из этих знаков "
                + $"(например, «{likely.Name}_1{(Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ".xlsx" : ".csv")}»)";
        }
        return "неизвестный вид файла: имя должно начинаться с одного из " + string.Join(", ", DataContract.Kinds.Select(k => k.Name));
    }

    private (HeaderMap Map, ContractSql Sql) StageRaw(InboxFile file, Stopwatch clock, CancellationToken cancellation)
    {
        if (file.Kind is null)
        {
            throw new FileRefusedException(UnknownKind(file.Path));
        }
        var extension = Path.GetExtension(file.Path).ToLowerInvariant();
        if (extension == ".xlsx")
        {
            using var source = new XlsxRowSource(file.Path);
            HeaderMap xlsxMap;
            try
            {
                xlsxMap = new HeaderMap(file.Kind, source.Header);
            }
            catch (FileRefusedException) when (TitleAboveHeader(file.Kind, source.RowsBelowHeader(HeaderSearchLines)) is { } title)
            {
                throw title;
            }
            catch (FileRefusedException e) when (source.OtherSheets.Count > 0)
            {
                // The first sheet may be a note with the data behind it: say which sheet was read and what else there is.
                throw new FileRefusedException(
                    $"{e.Reason}; читается только первый лист книги, {source.SheetName}, а в ней есть и другие: {string.Join(", ", source.OtherSheets)} — если данные на другом листе, сделайте его первым",
                    e.Column, e.Line);
            }
            var xlsxSql = new ContractSql(xlsxMap);
            new XlsxStager(connection).Stage(source, xlsxMap, xlsxSql, stage, rows => Progress?.Invoke(new FileProgress(file, rows, null, clock.Elapsed)), cancellation);
            return (xlsxMap, xlsxSql);
        }
        if (extension != ".csv")
        {
            throw new FileRefusedException($"неподдерживаемый формат «{extension}»: принимаются .csv и .xlsx") { ForName = true };
        }
        var scan = file.Scan;
        if (TextForm.Problem(file.Path) is { } form)
        {
            throw new FileRefusedException(form.Reason, line: form.Line);
        }
        if (!scan.IsUtf8 && EncodingCheck.Problem(file.Path) is { } encoding)
        {
            throw new FileRefusedException(encoding.Reason, line: encoding.Line);
        }
        var (header, map) = MapCsvHeader(file.Kind, file.Path, scan.IsUtf8 ? TextEncodings.Utf8 : TextEncodings.Windows1251);
        if (scan.UnclosedQuoteLine is { } opened)
        {
            throw new FileRefusedException($"нарушена структура CSV (кавычки): кавычка, открытая в строке {opened}, не закрыта до конца файла", line: opened);
        }
        var sql = new ContractSql(map) { RefuseControlCharacters = scan.HasNul, Delimiter = header.Delimiter };
        new CsvStager(connection, stage).Stage(file.Path, scan, header, sql,
            bytes => Progress?.Invoke(new FileProgress(file, scan.Bytes == 0 ? 0 : scan.Records * bytes / scan.Bytes, scan.Records, clock.Elapsed)),
            cancellation);
        var staged = connection.Scalar<long>(ContractSql.CountCsvRecords());
        if (staged != scan.Records)
        {
            throw new FileRefusedException($"файл не читается как CSV: читатель нашёл записей {staged}, разметка строк — {scan.Records}");
        }
        return (map, sql);
    }

    /// <summary>
    /// The header of a CSV and its map. The delimiter is the one counted more on the header line;
    /// when the columns do not map with it (unquoted extra names holding more of the other
    /// separator), the other is tried, and the file is refused with the first reason only when
    /// neither maps.
    /// </summary>
    private static (CsvHeader Header, HeaderMap Map) MapCsvHeader(FileKind kind, string path, System.Text.Encoding encoding)
    {
        var header = CsvHeader.Read(path, encoding);
        try
        {
            return (header, new HeaderMap(kind, header.Fields));
        }
        catch (FileRefusedException) when (MapWithOtherDelimiter(kind, path, encoding, header) is { } other)
        {
            return other;
        }
        catch (FileRefusedException) when (TitleAboveHeader(kind, CsvHeader.Lines(path, encoding, HeaderSearchLines)) is { } title)
        {
            throw title;
        }
        catch (FileRefusedException) when (MapsWithTabs(kind, path, encoding))
        {
            // Excel's «Текст (разделители — табуляция)» renamed to .csv: outside the contract, told as such.
            throw new FileRefusedException(
                "столбцы разделены знаком табуляции, а ожидается «;» или «,»: сохраните файл как «CSV (разделители — запятые)» или «CSV UTF-8»", line: 1);
        }
    }

    private static bool MapsWithTabs(FileKind kind, string path, System.Text.Encoding encoding)
    {
        try
        {
            return HeaderMap.TryCreate(kind, CsvHeader.Read(path, encoding, '\t').Fields) is not null;
        }
        catch (FileRefusedException)
        {
            return false;
        }
    }

    /// <summary>How many lines from the top are searched for a header below a title.</summary>
    private const int HeaderSearchLines = 10;

    /// <summary>
    /// The refusal of a file whose first line is not its header but a line below is (a title and
    /// blank lines above a table, as a report exported for print has): the contract wants the header
    /// first, and a person fixes this in a minute once told where the header is.
    /// </summary>
    private static FileRefusedException? TitleAboveHeader(FileKind kind, IEnumerable<(long Line, IReadOnlyList<string> Fields)> rows) =>
        HeaderMap.LineOfLaterHeader(kind, rows) is { } line
            ? new FileRefusedException($"заголовок найден в строке {line}, а должен быть в первой: удалите строки над ним (название таблицы, пустые строки)", line: line)
            : null;

    private static (CsvHeader, HeaderMap)? MapWithOtherDelimiter(FileKind kind, string path, System.Text.Encoding encoding, CsvHeader header)
    {
        CsvHeader other;
        try
        {
            other = header.WithOtherDelimiter(path, encoding);
        }
        catch (FileRefusedException)
        {
            return null;
        }
        return HeaderMap.TryCreate(kind, other.Fields) is { } map ? (other, map) : null;
    }

    private FileOutcome Validate(InboxFile file, HeaderMap map, ContractSql sql, long runId, string archivedAs, Stopwatch clock, Action<IReadOnlyList<Refusal>>? beforeCommit, PhaseClock? phases, CancellationToken cancellation)
    {
        connection.Execute(sql.Check());
        var read = connection.Scalar<long>(ContractSql.CountRead());
        if (read == 0)
        {
            throw new FileRefusedException("в файле нет строк данных");
        }
        phases?.Lap("check");
        cancellation.ThrowIfCancellationRequested();
        connection.Execute(sql.Refusals());
        phases?.Lap("refusals");
        connection.Execute(sql.ValidRows());
        phases?.Lap("valid");
        connection.Execute(sql.ReferenceAndKeyChecks());
        cancellation.ThrowIfCancellationRequested();
        var refusals = connection.Query(ContractSql.ReadRefusals(),
            r => new Refusal(r.GetInt64(0), map.HeaderOf(r.GetString(1)), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3)));
        var notes = map.Notes.Concat(YearNote(file, sql)).Concat(file.Again is { } again ? [again] : []).ToList();
        phases?.Lap("keys");
        var refusedRows = refusals.Select(r => r.Line).Distinct().LongCount();
        var loaded = read - refusedRows;

        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlScripts.Get($"Sql/Load/{map.Kind.Name}.sql"));
        phases?.Lap("merge");
        IndicatorMarts.MarkStale(connection);
        var fileId = RecordFile(runId, file, "loaded", read, loaded, refusedRows, null, archivedAs, clock.Elapsed, notes: notes);
        using (var audit = connection.CreateAppender("audit_refusal"))
        {
            foreach (var refusal in refusals)
            {
                audit.CreateRow().AppendValue(fileId).AppendValue(refusal.Line).AppendValue(refusal.Column).AppendValue(refusal.Reason).EndRow();
            }
        }
        cancellation.ThrowIfCancellationRequested();
        // The rejects report is written (and flushed) before the commit: if it cannot be, the load is rolled back.
        beforeCommit?.Invoke(refusals);
        transaction.Commit();
        phases?.Lap("commit");
        Progress?.Invoke(new FileProgress(file, read, read, clock.Elapsed));
        return new FileOutcome(file.Recorded, map.Kind.Name, FileStatus.Loaded, read, loaded, refusedRows, null, refusals, clock.Elapsed) { Notes = notes };
    }

    /// <summary>
    /// A snapshot file whose name carries a year that none of its rows has («teachers_2025.csv» exported with
    /// last year's year in every row): its rows replace that other year's, so the file's line says so. The
    /// contract gives a name's year no meaning (a file may be named «teachers.csv»), so the file still loads.
    /// </summary>
    private IEnumerable<string> YearNote(InboxFile file, ContractSql sql)
    {
        var named = NameYear.Matches(Path.GetFileNameWithoutExtension(file.Path)).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        if (named.Count != 1 || sql.SnapshotYears() is not { } query)
        {
            yield break;
        }
        var years = connection.Query(query, r => (Year: r.GetInt32(0), Rows: r.GetInt64(1)));
        if (years.Count == 0 || years.Any(y => y.Year == named[0]))
        {
            yield break;
        }
        static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"));
        yield return $"в имени файла — {named[0]} год, а строк {named[0]} года в нём нет (строк "
            + string.Join("; ", years.Select(y => $"{y.Year} года: {N(y.Rows)}"))
            + $"): если выгружен не тот год, загрузите верный файл — строки этого файла заменили прежние строки {(years.Count == 1 ? $"{years[0].Year} года" : "тех же лет")}";
    }

    /// <summary>A year in a file's name: four digits from 1900 to 2099 standing alone.</summary>
    private static readonly System.Text.RegularExpressions.Regex NameYear = new("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

    /// <summary>Records a file that cannot be read at all (not a regular file, no access, a name not in UTF-8); nothing is archived.</summary>
    public FileOutcome RefuseUnread(InboxFile file, long runId, string reason)
    {
        if (connection.Scalar<long>(SqlScripts.Get("Sql/Audit/refused_before.sql"), ("hash", file.NameHash)) == 0)
        {
            RecordFile(runId, file, "refused", 0, 0, 0, reason, null, TimeSpan.Zero, file.NameHash);
        }
        return new FileOutcome(file.Recorded, file.Kind?.Name, FileStatus.Refused, 0, 0, 0, reason, [new Refusal(0, "", null, reason)], TimeSpan.Zero);
    }

    private static string UnreadableReason(Exception e) => e switch
    {
        XlsxBudgetException budget => budget.Message,
        UnauthorizedAccessException => "файл не читается: нет доступа",
        IOException => "файл не читается: ошибка чтения",
        System.Xml.XmlException or InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException => "файл не читается как XLSX (повреждён или другого формата)",
        System.Text.DecoderFallbackException => "файл не читается: недопустимые байты для его кодировки",
        _ => "файл не читается: " + e.GetType().Name,
    };

    private long RecordFile(long runId, InboxFile file, string outcome, long read, long loaded, long refused, string? reason, string? archivedAs, TimeSpan elapsed, string? hash = null, IReadOnlyList<string>? notes = null) =>
        connection.Scalar<long>(SqlScripts.Get("Sql/Audit/file_insert.sql"),
            ("run_id", runId), ("file_name", file.Recorded), ("kind", file.Kind?.Name), ("hash", hash ?? file.Scan.Sha256),
            ("outcome", outcome), ("rows_read", read), ("rows_loaded", loaded), ("rows_refused", refused),
            ("reason", reason), ("archived_as", archivedAs), ("loaded_at", DateTime.Now), ("elapsed_ms", (long)elapsed.TotalMilliseconds),
            ("notes", notes is { Count: > 0 } ? string.Join("\n", notes) : null));
}
