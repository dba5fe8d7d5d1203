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
}
