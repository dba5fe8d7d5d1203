namespace Analytics.Warehouse.Exports;

/// <summary>The formats of the <c>indicators</c> and <c>gaps</c> commands.</summary>
public enum ExportFormat
{
    /// <summary>CSV with the methodology's header.</summary>
    Csv,
    /// <summary>A JSON array of objects with the same fields.</summary>
    Json,
    /// <summary>An Arrow IPC file.</summary>
    Arrow,
    /// <summary>An XLSX workbook for a spreadsheet: numbers as numbers, Russian captions, a sheet per part.</summary>
    Xlsx,
}

/// <summary>The dialects of the CSV output (<c>--csv</c>).</summary>
public enum CsvDialect
{
    /// <summary>The machine format of the methodology: UTF-8 without BOM, <c>,</c>, a decimal point, the column names.</summary>
    Machine,
    /// <summary>What a Russian spreadsheet opens by double-click: UTF-8 with BOM, <c>;</c>, a decimal comma, Russian captions, да/нет.</summary>
    Ru,
}
