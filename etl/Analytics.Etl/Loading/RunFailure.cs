using Analytics.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Etl.Loading;

/// <summary>
/// A run's failure as the department reads it on the data page (<c>audit_run.error</c>): a Russian
/// sentence saying what failed and what happens next, with the engine's or the system's own words
/// after it for the administrator. The service's log keeps the message as it was.
/// </summary>
public static class RunFailure
{
    /// <summary>The recorded reason of a run stopped by the service's shutdown.</summary>
    public const string Cancelled = "прервано остановкой службы; файл, загружавшийся в этот момент, не загружен и будет загружен при следующем запуске";

    /// <summary>The Russian reason of <paramref name="e"/>, on one line.</summary>
    public static string Describe(Exception e) => OneLine(e switch
    {
        InboxUnusableException inbox => inbox.Russian,
        WarehouseBusyException busy => $"хранилище было занято другим процессом (ожидание {busy.Waited.TotalSeconds:0} с): запуск пропущен, файлы будут загружены при следующем запуске",
        OperationCanceledException => Cancelled,
        DuckDBException => $"сбой хранилища (DuckDB): данные файла, загружавшегося в этот момент, не записаны; подробности для администратора: {e.Message}",
        UnauthorizedAccessException => $"нет доступа к файлу или папке; подробности для администратора: {e.Message}",
        IOException => $"ошибка чтения или записи на диск; подробности для администратора: {e.Message}",
        _ => $"сбой ({e.GetType().Name}); подробности для администратора: {e.Message}",
    });

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>The inbox cannot be scanned (missing, a file, or the archive itself); the message is the administrator's, <see cref="Russian"/> the data page's.</summary>
public sealed class InboxUnusableException(string message, string russian) : IOException(message)
{
    /// <summary>The reason in Russian, for the record of the run.</summary>
    public string Russian { get; } = russian;
}
