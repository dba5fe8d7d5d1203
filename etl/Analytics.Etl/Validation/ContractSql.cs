using System.Globalization;
using Analytics.Contract;
using static Analytics.Etl.Validation.SqlText;

namespace Analytics.Etl.Validation;

/// <summary>
/// The SQL that validates one file, generated from its kind's declaration and the file's header:
/// the staging table of raw text cells, every cell rule (type, format, range, code lists, СНИЛС
/// format and checksum) as an SQL expression giving the same Russian reason as the contract's
/// wording, the row rules, and the reference and key checks. Everything runs set-wise in the
/// in-memory stage database; only the merge into the star schema is written by hand.
/// </summary>
/// <remarks>
/// Stage tables, keyed by <c>record</c> (the row's index in the file; its physical line comes from
/// <c>lines(record, shift)</c> and is looked up only for refused rows): <c>raw</c> (blank, and the
/// x_&lt;column&gt; text of each stored column), <c>checked</c> (r_ reason and the typed value under
/// the column's target name; the raw text only where it may be reported), <c>refused</c>, and the
/// valid typed rows under the kind's name, each СНИЛС replaced by its pseudonym through
/// <c>persons</c>, the run's cache of them.
/// </remarks>
public sealed class ContractSql(HeaderMap map)
{
    /// <summary>The attached in-memory database that holds every stage table.</summary>
    public const string Stage = "stage";

    private const string Required = "обязательное значение не заполнено";
    private const string DateShape = @"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}( [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?|[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}:[0-9]{2})?";
    private static readonly string[] DateFormats = ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"];
    /// <summary>
    /// An identifier: letters, digits, '-', '_', '.', no leading dot; the 64-character limit is a
    /// separate length test, because RE2 unrolls a bounded repeat of a Unicode class into a machine
    /// that made this one rule cost 5.5 µs a cell (7 of a 1.3 M-row file's 12 s).
    /// </summary>
    private const string IdentifierShape = @"[\p{L}\p{N}_-][\p{L}\p{N}._-]*";

    /// <summary>The refusal reason of a code that is not an identifier.</summary>
    public const string IdentifierRule = "код: допустимы буквы, цифры, «-», «_» и «.», не более 64 знаков, не с точки";

    /// <summary>The reason of a value that is no boolean: the contract's spellings (ИСТИНА/ЛОЖЬ is read too, unnamed).</summary>
    private const string BooleanRule = "ожидается да/нет (true/false, 1/0, yes/no)";

    /// <summary>The characters a text cell may not keep (RE2 class): C0 controls but SUB, DEL, U+FFFE, U+FFFF.</summary>
    private const string ControlClass = @"[\x01-\x19\x1B-\x1F\x7F\x{FFFE}\x{FFFF}]";

    private const string NumberShape = "[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)";

    /// <summary>The reason of a cell holding an Excel formula error (#N/A, #Н/Д, #DIV/0!, …) instead of a value.</summary>
    public const string FormulaErrorRule = "ошибка формулы Excel (#Н/Д, #ЗНАЧ! и т. п.) вместо значения: исправьте формулу или впишите значение";

    /// <summary>The reason of an XLSX cell holding a formula without its calculated value (a workbook no spreadsheet program calculated).</summary>
    public const string FormulaRule = "в ячейке формула, а не её значение: откройте файл в Excel или LibreOffice и сохраните его, чтобы значения были вычислены";

    /// <summary>The error values of Excel formulas, in English and in a Russian Excel (upper case).</summary>
    private static readonly string[] FormulaErrors =
        ["#N/A", "#Н/Д", "#DIV/0!", "#ДЕЛ/0!", "#VALUE!", "#ЗНАЧ!", "#REF!", "#ССЫЛКА!", "#NAME?", "#ИМЯ?", "#NUM!", "#ЧИСЛО!", "#NULL!", "#ПУСТО!", "#SPILL!", "#ПЕРЕНОС!", "#CALC!", "#ВЫЧИСЛ!", "#GETTING_DATA"];

    /// <summary>The reason of a cell holding a NUL byte (staged as SUB, 0x1A) or SUB itself.</summary>
    public const string ControlCharacterRule = "ячейка содержит нулевой байт (NUL) или управляющий символ SUB";

    /// <summary>Refuse cells holding SUB, as a NUL byte is staged (set for a file with a NUL byte: no cost for the others).</summary>
    public bool RefuseControlCharacters { get; init; }

    /// <summary>
    /// Fields read beyond the header's to tell a row that has more: a value with an unquoted
    /// delimiter inside («учитель; совместитель») would otherwise lose its tail, or shift every
    /// cell after it, without a word. A trailing empty field is not more. Two fields catch a value
    /// split twice and an empty field before a value; each costs the reader about 0.1 µs a row
    /// (staging 6.6 → 7.0 s for 4.2 M rows with two).
    /// </summary>
    private const int OverflowFields = 2;

    /// <summary>The one reason of a line that repeats the header (two exports concatenated), given in the first column the file has.</summary>
    public const string RepeatedHeaderRule = "повтор строки заголовка внутри файла (выгрузки склеены в одну?)";

    /// <summary>The first stored column the file has (where a repeated header is refused).</summary>
    private int FirstMapped => Array.FindIndex(map.Positions, p => p >= 0);

    /// <summary>
    /// Whether a row holds, in every stored column the file has, that column's header as written (case
    /// aside, a byte-order mark aside). The comparisons run only for a row whose first such cell has
    /// the header's length in bytes (or three more, for the mark) and its first letter (or the mark):
    /// run on every row they cost a sixth of the checks (and a year «2024» has the length of «year»).
    /// </summary>
    private string RepeatedHeader()
    {
        var first = FirstMapped;
        if (first < 0)
        {
            return "false";
        }
        var header = map.WrittenHeader(first)!;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(header);
        var x = X(Columns[first]);
        var starts = new[] { char.ToLowerInvariant(header[0]), char.ToUpperInvariant(header[0]), '\uFEFF' }.Distinct()
            .Select(c => $"ord({x}) = {(int)c}");
        var all = string.Join(" AND ", Columns.Select((c, i) => map.WrittenHeader(i) is { } written
            ? $"lower(replace({X(c)}, chr(65279), '')) = {Literal(written.ToLowerInvariant())}"
            : null).Where(t => t is not null));
        return $"CASE WHEN strlen({x}) IN ({bytes}, {bytes + 3}) AND ({string.Join(" OR ", starts)}) THEN {all} ELSE false END";
    }

    /// <summary>The reason of a row with more fields than the header.</summary>
    private static string OverflowReason(int headerFields, char delimiter) =>
        $"в строке больше полей, чем столбцов в заголовке ({headerFields}): знак «{delimiter}» внутри значения без кавычек? Заключите такое значение в кавычки";

    /// <summary>The column a row with more fields than the header is refused in: the first field without a header.</summary>
    private string OverflowColumn => $"поле {map.FieldCount + 1}";

    /// <summary>The CSV delimiter (named in the refusal of a row with more fields than the header).</summary>
    public char Delimiter { get; init; } = ',';

    private FileKind Kind => map.Kind;

    private IReadOnlyList<ColumnSpec> Columns => map.Columns;

    /// <summary>A table of the stage database.</summary>
    public static string Table(string name) => $"{Stage}.main.{Name(name)}";

    /// <summary>The typed table of valid rows (named after the kind), which the merge reads.</summary>
    public string Valid => Table(Kind.Name);

    /// <summary>Creates the empty raw table (XLSX rows are appended to it: record = sheet row).</summary>
    public string CreateRaw() =>
        $"CREATE OR REPLACE TABLE {Table("raw")} (record BIGINT, blank BOOLEAN, overflow BOOLEAN{string.Concat(Columns.Select(c => $", {X(c)} VARCHAR"))});";

    /// <summary>
    /// Reads a CSV (UTF-8) with DuckDB's reader, every field as text: the table <c>csv</c> keeps
    /// the fields of stored columns, whether the row is blank and whether it has more fields than
    /// the header (in file order, so its rowid is the record index); the view <c>raw</c> gives
    /// their trimmed text.
    /// </summary>
    public string RawFromCsv(string path, bool parallel)
    {
        var fields = Enumerable.Range(0, map.FieldCount).Select(i => $"f{i}").ToArray();
        var overflow = Enumerable.Range(map.FieldCount, OverflowFields).Select(i => $"f{i}").ToArray();
        var columns = "{" + string.Join(", ", fields.Concat(overflow).Select(f => $"{Literal(f)}: 'VARCHAR'")) + "}";
        var blank = Blank(fields);
        var kept = map.Positions.Where(p => p >= 0).Distinct().Select(p => fields[p]).ToList();
        var cells = string.Concat(Columns.Select((c, i) => $", {(map.Positions[i] >= 0 ? Tidy(fields[map.Positions[i]]) : "CAST(NULL AS VARCHAR)")} AS {X(c)}"));
        return $"""
            CREATE OR REPLACE TABLE {Table("csv")} AS
            SELECT {blank} AS blank, {string.Join(" OR ", overflow.Select(f => $"{Tidy(f)} IS NOT NULL"))} AS overflow{string.Concat(kept.Select(f => ", " + f))}
            FROM read_csv({Literal(path)}, auto_detect = false, header = true, delim = {Literal(Delimiter.ToString())},
                quote = '"', escape = '"', null_padding = true, strict_mode = false, parallel = {(parallel ? "true" : "false")}, max_line_size = 16777216, columns = {columns});
            CREATE OR REPLACE VIEW {Table("raw")} AS SELECT rowid AS record, blank, overflow{cells} FROM {Table("csv")};
            """;
    }

    /// <summary>How many records a CSV staged (blank ones too): counted on the table, not the view that tidies every cell.</summary>
    public static string CountCsvRecords() => $"SELECT count(*) FROM {Table("csv")};";

    /// <summary>How many non-blank rows were read (after <see cref="Check"/>).</summary>
    public static string CountRead() => $"SELECT count(*) FROM {Table("checked")};";

    /// <summary>
    /// Every cell rule: the reason (or NULL) and the typed value of each column, and the raw text
    /// where it may go to the rejects report. Computed in levels so that each intermediate value is
    /// computed once: cleaned forms, then derived figures (the СНИЛС checksum sum), then reasons.
    /// </summary>
    public string Check()
    {
        var named = Kind.Rules.Select(r => r.Column).ToHashSet();
        var selected = Columns.SelectMany(c => new[]
        {
            // The raw text is kept where it may go to the rejects report: a refused cell, or a column a row rule names.
            named.Contains(c.Name) ? X(c) : $"CASE WHEN {R(c)} IS NOT NULL THEN {X(c)} END AS {X(c)}",
            R(c),
            $"{Typed(c)} AS {Name(c.Target!)}",
        }.Concat(SignedPercent(c) ? [$"ends_with({X(c)}, '%') AS {P(c)}"] : []));
        static string Level(IEnumerable<string> expressions) => string.Concat(expressions.Select(e => ", " + e));
        return $"""
            CREATE OR REPLACE TABLE {Table("refused")} (record BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR, ord INTEGER);
            CREATE OR REPLACE TABLE {Table("checked")} AS
            WITH h1 AS (SELECT record, overflow, {RepeatedHeader()} AS repeated_header{Level(Columns.Select(X))}{Level(Columns.SelectMany(Cleaned))} FROM {Table("raw")} WHERE NOT blank),
                 h2 AS (SELECT *{Level(Columns.SelectMany(Derived))} FROM h1),
                 h3 AS (SELECT *{Level(Columns.Select((c, i) => $"CASE WHEN repeated_header THEN {(i == FirstMapped ? Literal(RepeatedHeaderRule) : "NULL")} ELSE {Reason(c, RefuseControlCharacters)} END AS {R(c)}"))} FROM h2)
            SELECT record, overflow, {string.Join(", ", selected)} FROM h3;
            """;
    }

    /// <summary>
    /// The refusals of cells and of row rules (these only where every cell is valid); a row with
    /// more fields than the header is refused for that alone, since its cells are not where their
    /// headers say.
    /// </summary>
    public string Refusals()
    {
        var overflow = $"SELECT record, {Literal(OverflowColumn)}, NULL, {Literal(OverflowReason(map.FieldCount, Delimiter))}, -1 FROM {Table("checked")} WHERE overflow";
        var cells = Columns.Select((c, i) =>
            $"SELECT record, {Literal(c.Name)}, {X(c)}, {R(c)}, {i} FROM {Table("checked")} WHERE {R(c)} IS NOT NULL AND NOT overflow");
        var rules = Kind.Rules.Select((rule, i) =>
            $"SELECT record, {Literal(rule.Column)}, {X(Kind.Column(rule.Column))}, {Literal(rule.Reason)}, {Columns.Count + i} FROM {Table("checked")} WHERE NOT overflow AND {AllCellsValid()} AND coalesce(({rule.Condition}), false)");
        var percent = Columns.Where(SignedPercent).Select((c, i) =>
            $"SELECT c.record, {Literal(c.Name)}, CAST(c.{Name(c.Target!)} AS VARCHAR) || '%', {Literal(PercentOfAnotherUnit + " (")} || d.unit || ')', {Columns.Count + Kind.Rules.Count + i} " +
            $"FROM {Table("checked")} c JOIN dim_indicator d ON d.code = c.{Name(Kind.Column(c.UnitOf!).Target!)} WHERE NOT c.overflow AND {AllCellsValid("c.")} AND c.{P(c)} AND d.unit <> '%'");
        return $"INSERT INTO {Table("refused")}\n{string.Join("\nUNION ALL\n", cells.Concat(rules).Concat(percent).Prepend(overflow))};";
    }

    /// <summary>
    /// The valid rows, typed, with each СНИЛС replaced by its pseudonym from the run's cache in the
    /// same pass (the number kept beside it as <c>s&lt;i&gt;</c> until then); a СНИЛС the cache
    /// lacks is hashed once a run and filled in after, and the numbers are dropped, so the table
    /// the merge reads holds no СНИЛС. One join instead of a look-up before the table and a join
    /// after: 0.4 s less for a 1.3 M-row file whose persons are known.
    /// </summary>
    /// <remarks>A СНИЛС column of the checked table is already the 11-digit BIGINT (see <see cref="Typed"/>).</remarks>
    public string ValidRows()
    {
        var valid = $"NOT overflow AND {AllCellsValid()}{string.Concat(Kind.Rules.Select(r => $" AND NOT coalesce(({r.Condition}), false)"))}"
            // A unit checked against the warehouse's indicators (a kind with such a column: targets, a few rows) is refused in Refusals().
            + (Columns.Any(SignedPercent) ? $" AND c.record NOT IN (SELECT record FROM {Table("refused")})" : "");
        var snils = Columns.Select((c, i) => (Column: c, Index: i)).Where(p => p.Column.Kind == ValueKind.Snils).ToList();
        var projected = Columns.Select((c, i) => c.Kind == ValueKind.Snils ? $"p{i}.person_key AS {Name(c.Target!)}" : $"c.{Name(c.Target!)}")
            .Concat(snils.Select(p => $"c.{Name(p.Column.Target!)} AS s{p.Index}"));
        var joins = snils.Select(p => $" LEFT JOIN {Table("persons")} p{p.Index} ON p{p.Index}.snils = c.{Name(p.Column.Target!)}");
        var created = $"""
            CREATE OR REPLACE TABLE {Valid} AS
            SELECT c.record, {string.Join(", ", projected)}
            FROM {Table("checked")} c{string.Concat(joins)}
            WHERE {valid};
            """;
        if (snils.Count == 0)
        {
            return created;
        }
        var missing = snils.Select(p => $"SELECT s{p.Index} AS s FROM {Valid} WHERE {Name(p.Column.Target!)} IS NULL AND s{p.Index} IS NOT NULL");
        var filled = snils.Select(p => $"""
            UPDATE {Valid} v SET {Name(p.Column.Target!)} = p.person_key FROM {Table("persons")} p
            WHERE v.{Name(p.Column.Target!)} IS NULL AND p.snils = v.s{p.Index};
            """);
        return $"""
            {created}
            INSERT INTO {Table("persons")}
            SELECT s, pseudonym(s) FROM (SELECT DISTINCT s FROM ({string.Join(" UNION ALL ", missing)}) u) d;
            {string.Join("\n", filled)}
            {string.Concat(snils.Select(p => $"ALTER TABLE {Valid} DROP COLUMN s{p.Index};"))}
            """;
    }

    /// <summary>The reference checks (a value must exist in a warehouse table) and the in-file key check: the last line of a key wins.</summary>
    public string ReferenceAndKeyChecks()
    {
        var statements = new List<string>();
        var order = 100;
        foreach (var column in Columns.Where(c => c.References is not null))
        {
            var reference = column.References!;
            var reason = Literal(reference.Reason)
                + (reference.ListAllowed ? $" || (SELECT string_agg({Name(reference.Column)}, ', ' ORDER BY sort_order) FROM {Name(reference.Table)})" : "");
            var accepts = reference.Accepts.Count == 0 ? ""
                : $" AND lower(CAST({Name(column.Target!)} AS VARCHAR)) NOT IN ({string.Join(", ", reference.Accepts.Select(a => Literal(a.ToLowerInvariant())))})";
            statements.Add($"""
                INSERT INTO {Table("refused")}
                SELECT record, {Literal(column.Name)}, CAST({Name(column.Target!)} AS VARCHAR), {reason}, {order++} FROM {Valid} s
                WHERE {Name(column.Target!)} IS NOT NULL{accepts}
                  AND NOT EXISTS (SELECT 1 FROM {Name(reference.Table)} d WHERE d.{Name(reference.Column)} = s.{Name(column.Target!)});
                DELETE FROM {Valid} WHERE record IN (SELECT record FROM {Table("refused")});
                """);
        }
        foreach (var column in Columns.Where(c => c.UnitOf is not null))
        {
            var indicator = Kind.Column(column.UnitOf!);
            statements.Add($"""
                INSERT INTO {Table("refused")}
                SELECT record, {Literal(column.Name)}, CAST({Name(column.Target!)} AS VARCHAR), {Literal(ShareAboveHundred)}, {order++} FROM {Valid} s
                WHERE {Name(column.Target!)} > 100
                  AND EXISTS (SELECT 1 FROM dim_indicator d WHERE d.code = s.{Name(indicator.Target!)} AND d.unit = '%');
                DELETE FROM {Valid} WHERE record IN (SELECT record FROM {Table("refused")});
                """);
        }
        // The keys that repeat are found by a grouping (cheaper than a window over every row: 0.3 s
        // against 0.55 s for 1.8 M diagnostics), then their earlier rows; a NULL key part matches a NULL.
        var keyColumn = Kind.KeyColumn;
        var keyTargets = Kind.Key.Select(k => Name(Kind.Column(k).Target!)).ToList();
        var value = keyColumn.Kind is ValueKind.Text or ValueKind.Identifier ? $"CAST(v.{Name(keyColumn.Target!)} AS VARCHAR)" : "NULL";
        statements.Add($"""
            INSERT INTO {Table("refused")}
            SELECT v.record, {Literal(keyColumn.Name)}, {value}, {Literal($"повтор ключа ({string.Join(", ", Kind.Key)}) в файле: действует строка ")} || (k.last_record + l.shift), 200
            FROM (SELECT {string.Join(", ", keyTargets)}, max(record) AS last_record FROM {Valid} GROUP BY ALL HAVING count(*) > 1) k
            JOIN {Valid} v ON {string.Join(" AND ", keyTargets.Select(t => $"v.{t} IS NOT DISTINCT FROM k.{t}"))}
            ASOF JOIN {Table("lines")} l ON k.last_record >= l.record
            WHERE v.record < k.last_record;
            DELETE FROM {Valid} WHERE record IN (SELECT record FROM {Table("refused")});
            """);
        return string.Join("\n", statements);
    }

    /// <summary>
    /// The valid rows per year of a kind that is a yearly snapshot (its key begins with the year: teachers,
    /// methodists), in year order; null for the other kinds.
    /// </summary>
    public string? SnapshotYears() => Kind.Key[0] == "year"
        ? $"SELECT {Name(Kind.Column("year").Target!)}, count(*) FROM {Valid} GROUP BY 1 ORDER BY 1;"
        : null;

    /// <summary>The reason for a share's number above 100 (<see cref="ColumnSpec.UnitOf"/>).</summary>
    public const string ShareAboveHundred = "показатель — доля в %, значение больше 100";

    /// <summary>
    /// The reason for a number written with «%» whose indicator is measured in another unit (followed by the unit):
    /// «250 %» for teachers per methodist loaded as 250 persons.
    /// </summary>
    public const string PercentOfAnotherUnit = "значение со знаком %, а показатель измеряется не в процентах";

    /// <summary>Whether a column's value may be written with «%» and its unit is another column's indicator (the target of a targets file).</summary>
    private static bool SignedPercent(ColumnSpec c) => c.Percent && c.UnitOf is not null;

    /// <summary>Whether the cell of such a column was written with «%».</summary>
    private static string P(ColumnSpec c) => Name("p_" + c.Name);

    /// <summary>The refusals with their physical lines, in line order (and, within a line, in column order).</summary>
    public static string ReadRefusals() =>
        $"SELECT r.record + l.shift AS line, r.column_name, r.value, r.reason FROM {Table("refused")} r ASOF JOIN {Table("lines")} l ON r.record >= l.record ORDER BY line, r.ord;";

    private string AllCellsValid(string alias = "") => Columns.Count == 0 ? "true" : string.Join(" AND ", Columns.Select(c => $"{alias}{R(c)} IS NULL"));

    private static string X(ColumnSpec c) => Name("x_" + c.Name);

    private static string R(ColumnSpec c) => Name("r_" + c.Name);

    private static string H(ColumnSpec c, string helper) => Name($"h{helper}_{c.Name}");

    /// <summary>The cleaned forms of a cell (its first level of intermediate values).</summary>
    private static IEnumerable<string> Cleaned(ColumnSpec c)
    {
        var x = X(c);
        switch (c.Kind)
        {
            case ValueKind.WholeNumber or ValueKind.Number:
                // Plain digits, with a decimal comma or point, are the common case (a score «83,9»:
                // a third of a diagnostics file's checks went to the full rule); anything else goes
                // through the full rule: spaces as thousands separators, a sign, a lone point.
                var normalized = $"replace(replace(replace(replace(replace({x}, ' ', ''), chr(160), ''), chr(8201), ''), chr(8239), ''), ',', '.')";
                if (c.Percent)
                {
                    // A percentage as Excel shows it, «85,5%» or «85,5 %»: the number before the sign.
                    normalized = $"regexp_replace({normalized}, '%$', '')";
                }
                yield return $"CASE WHEN regexp_full_match({x}, '[0-9]{{1,15}}([.,][0-9]{{1,15}})?') THEN CAST(replace({x}, ',', '.') AS DOUBLE) " +
                             $"WHEN length({normalized}) <= 64 AND regexp_full_match({normalized}, {Literal(NumberShape)}) THEN CAST({normalized} AS DOUBLE) END AS {H(c, "n")}";
                break;
            case ValueKind.Date or ValueKind.BirthDate:
                var parsed = string.Join(", ", DateFormats.Select(f => $"try_strptime({x}, {Literal(f)})"));
                yield return $"CASE WHEN length({x}) = 10 AND substr({x}, 5, 1) = '-' THEN CAST(try_strptime({x}, '%Y-%m-%d') AS DATE) " +
                             $"WHEN length({x}) = 10 AND substr({x}, 3, 1) = '.' THEN CAST(try_strptime({x}, '%d.%m.%Y') AS DATE) " +
                             $"WHEN regexp_full_match({x}, {Literal(DateShape)}) THEN CAST(coalesce({parsed}) AS DATE) END AS {H(c, "d")}";
                break;
            case ValueKind.Boolean:
                var spellings = Vocabulary.BooleanSpellings;
                yield return $"CASE lower({x}) "
                    + string.Concat(spellings.Select(s => $"WHEN {Literal(s.True)} THEN true WHEN {Literal(s.False)} THEN false "))
                    + $"END AS {H(c, "b")}";
                break;
            case ValueKind.Code:
                yield return $"{CodeCase(c, x)} AS {H(c, "c")}";
                break;
            case ValueKind.Text:
                // Plain text: control characters (a vertical tab is a line break inside a Word or Excel
                // for Mac cell; a BEL or an escape from a terminal) and the noncharacters U+FFFE/FFFF
                // become one space — XML (the pack's DOCX, XLSX and chart pictures) cannot hold them,
                // and a line break would split a page's or a log's line. SUB stays for its refusal.
                yield return $"CASE WHEN regexp_matches({x}, {Literal(ControlClass)}) " +
                             $"THEN nullif(trim(regexp_replace({x}, {Literal(ControlClass + "+")}, ' ', 'g'), {Literal(WhiteSpace)}), '') ELSE {x} END AS {H(c, "t")}";
                break;
            case ValueKind.CodeList:
                yield return $"list_filter(list_transform(string_split_regex({x}, '[;,]'), lambda p: {Tidy("p")}), lambda p: p IS NOT NULL) AS {H(c, "p")}";
                break;
            case ValueKind.Snils:
                // The two written forms of the contract and the 9-11 digits of a number Excel stored
                // become the 11-digit number at once; other forms go through the full rule.
                yield return $"regexp_full_match({x}, '[0-9]{{3}}-[0-9]{{3}}-[0-9]{{3}} [0-9]{{2}}|[0-9]{{9,11}}') AS {H(c, "f")}";
                var digits = $"regexp_replace({x}, '[^0-9]', '', 'g')";
                yield return $"CASE WHEN {H(c, "f")} THEN CAST(replace(replace({x}, '-', ''), ' ', '') AS BIGINT) " +
                             $"WHEN regexp_full_match({x}, '[-0-9 ' || chr(160) || ']*') AND length({digits}) BETWEEN 9 AND 11 THEN CAST({digits} AS BIGINT) END AS {H(c, "n")}";
                break;
        }
    }

    /// <summary>Figures derived from the cleaned forms (the second level): the СНИЛС checksum sum Σ dᵢ·(10−i).</summary>
    private static IEnumerable<string> Derived(ColumnSpec c)
    {
        if (c.Kind == ValueKind.Snils)
        {
            var n = H(c, "n");
            yield return string.Join(" + ", Enumerable.Range(1, 9).Select(i => $"(({n} // {Pow10(11 - i)}) % 10) * {10 - i}")) + $" AS {H(c, "k")}";
        }
    }

    private static long Pow10(int exponent) => (long)Math.Pow(10, exponent);

    /// <summary>
    /// A code from its spelling: the spellings as written first (the usual case), then without
    /// regard to case.
    /// </summary>
    private static string CodeCase(ColumnSpec c, string x)
    {
        var exact = string.Concat(c.Codes!.Select(p => $" WHEN {Literal(p.Key)} THEN {Literal(p.Value)}"));
        var lower = string.Concat(c.Codes!.GroupBy(p => p.Key.ToLowerInvariant()).Select(g => $" WHEN {Literal(g.Key)} THEN {Literal(g.First().Value)}"));
        return $"CASE {x}{exact} ELSE CASE lower({x}){lower} END END";
    }

    /// <summary>The reason a cell is refused, or NULL.</summary>
    private static string Reason(ColumnSpec c, bool control)
    {
        var x = X(c);
        var empty = c.Required ? Literal(Required) : "NULL";
        var sub = control ? $"WHEN contains({x}, chr(26)) THEN {Literal(ControlCharacterRule)} " : "";
        // An Excel formula error (as a CSV or the XLSX reader gives it) is told inside the branch that refuses
        // the cell anyway, so a valid cell never pays for the test; only a text column, which would take it as
        // a value, tests every cell.
        string Valueless(string guard = "") => $"WHEN {guard}{FormulaError(x)} THEN {Literal(FormulaErrorRule)} WHEN {guard}{Formula(x)} THEN {Literal(FormulaRule)} ";
        string Or(string reason) => $"CASE {Valueless()}ELSE {reason} END";
        var rest = c.Kind switch
        {
            ValueKind.WholeNumber =>
                $"WHEN {H(c, "n")} IS NULL THEN {Or("'ожидается число'")} " +
                $"WHEN {H(c, "n")} <> floor({H(c, "n")}) OR abs({H(c, "n")}) > 2147483647 THEN 'ожидается целое число' " + Range(c),
            ValueKind.Number => $"WHEN {H(c, "n")} IS NULL THEN {Or("'ожидается число'")} " + Range(c),
            ValueKind.Date or ValueKind.BirthDate =>
                $"WHEN {H(c, "d")} IS NULL THEN {Or("'ожидается дата дд.ММ.гггг или гггг-ММ-дд'")} " +
                $"WHEN {H(c, "d")} < DATE '1900-01-01' OR year({H(c, "d")}) > year(current_date) + 1 THEN 'дата вне диапазона: с 01.01.1900 до конца следующего года' ",
            ValueKind.Identifier =>
                $"WHEN length({x}) > 64 OR NOT regexp_full_match({x}, {Literal(IdentifierShape)}) THEN {Or(Literal(IdentifierRule))} ",
            ValueKind.Boolean => $"WHEN {H(c, "b")} IS NULL THEN {Or(Literal(BooleanRule))} ",
            ValueKind.Code => $"WHEN {H(c, "c")} IS NULL THEN {Or(Literal("недопустимое значение; допустимо: " + Allowed(c)))} ",
            ValueKind.CodeList =>
                $"WHEN len(list_filter({H(c, "p")}, lambda p: {Map(c.Codes!)}[lower(p)] IS NULL)) > 0 THEN " +
                $"{Or(Literal("недопустимое значение в списке; допустимо: " + Allowed(c)))} ",
            // A СНИЛС in one of the usual forms skips the test.
            ValueKind.Snils => Valueless($"NOT {H(c, "f")} AND ") + SnilsReasons(c),
            ValueKind.Text => $"{Valueless()}WHEN {H(c, "t")} IS NULL THEN {empty} ",
            _ => "",
        };
        return $"CASE WHEN {x} IS NULL THEN {empty} {sub}{rest}END";
    }

    /// <summary>Whether a cell is an XLSX formula without its value, as the row source marks it (a CSV's «=…» is plain text).</summary>
    private static string Formula(string x) => $"{x} = {Literal(Reading.XlsxValuelessCells.FormulaWithoutValue)}";

    /// <summary>Whether a cell is an Excel formula error: only a cell starting with «#» is compared with the list.</summary>
    private static string FormulaError(string x) =>
        $"(starts_with({x}, '#') AND upper({x}) IN ({string.Join(", ", FormulaErrors.Select(Literal))}))";

    /// <summary>
    /// The СНИЛС rules in the order a reader meets them: a twelfth digit before any bad character,
    /// then a bad character, then too few digits (9 or 10 digits are a number Excel stored without
    /// its leading zeros), then the checksum of the contract. A cell in one of the usual forms
    /// skips the first three.
    /// </summary>
    private static string SnilsReasons(ColumnSpec c)
    {
        var x = X(c);
        var n = H(c, "n");
        var sum = H(c, "k");
        var prefix = $"regexp_extract({x}, '^[-0-9 ' || chr(160) || ']*')";
        var prefixDigits = $"length(regexp_replace({prefix}, '[^0-9]', '', 'g'))";
        var expected = $"CASE WHEN {sum} < 100 THEN {sum} WHEN {sum} < 102 THEN 0 WHEN {sum} % 101 = 100 THEN 0 ELSE {sum} % 101 END";
        var checksum = $"({n} // 100 <= 1001998 OR {expected} = {n} % 100)";
        return $"WHEN NOT {H(c, "f")} AND {prefixDigits} > 11 THEN 'СНИЛС должен содержать 11 цифр' " +
               $"WHEN NOT {H(c, "f")} AND {prefix} <> {x} THEN 'СНИЛС содержит недопустимые символы (ожидается 123-456-789 01 или 12345678901)' " +
               $"WHEN NOT {H(c, "f")} AND {prefixDigits} < 9 THEN 'СНИЛС должен содержать 11 цифр' " +
               $"WHEN NOT {checksum} THEN 'неверная контрольная сумма СНИЛС' ";
    }

    /// <summary>The typed value of a cell (meaningful where its reason is NULL); the default where it is empty.</summary>
    private static string Typed(ColumnSpec c)
    {
        var x = X(c);
        var fallback = c.Default switch
        {
            null => "NULL",
            bool b => b ? "true" : "false",
            string text => Literal(text),
            double d => Literal(d),
            var other => Literal(Convert.ToString(other, CultureInfo.InvariantCulture)!),
        };
        var value = c.Kind switch
        {
            ValueKind.Text => c.LowerCase ? $"lower({H(c, "t")})" : H(c, "t"),
            ValueKind.Identifier => x,
            ValueKind.WholeNumber => $"CASE WHEN {R(c)} IS NULL THEN CAST({H(c, "n")} AS INTEGER) END",
            ValueKind.Number => H(c, "n"),
            ValueKind.Date => H(c, "d"),
            ValueKind.BirthDate => $"year({H(c, "d")})",
            ValueKind.Boolean => H(c, "b"),
            ValueKind.Code => H(c, "c"),
            ValueKind.CodeList =>
                $"array_to_string(list_filter(list_transform({H(c, "p")}, lambda p: {Map(c.Codes!)}[lower(p)]), " +
                $"lambda code, i: list_position(list_transform({H(c, "p")}, lambda p: {Map(c.Codes!)}[lower(p)]), code) = i), ',')",
            ValueKind.Snils => $"CASE WHEN {R(c)} IS NULL THEN {H(c, "n")} END",
            _ => "NULL",
        };
        return $"CASE WHEN {x} IS NULL THEN {fallback} ELSE {value} END";
    }

    private static string Range(ColumnSpec c)
    {
        var n = H(c, "n");
        static string F(double v) => v.ToString("0.##########", CultureInfo.InvariantCulture);
        return c switch
        {
            { Min: { } lo, Max: { } hi } => $"WHEN {n} < {Literal(lo)} OR {n} > {Literal(hi)} THEN {Literal($"значение вне диапазона {F(lo)}..{F(hi)}")} ",
            { Min: { } lo } => $"WHEN {n} < {Literal(lo)} THEN {Literal($"значение меньше {F(lo)}")} ",
            { Max: { } hi } => $"WHEN {n} > {Literal(hi)} THEN {Literal($"значение больше {F(hi)}")} ",
            _ => "",
        };
    }

    private static string Allowed(ColumnSpec c) => string.Join(", ", c.Codes!.Values.Distinct());
}
