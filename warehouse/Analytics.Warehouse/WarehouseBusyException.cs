namespace Analytics.Warehouse;

/// <summary>The warehouse file stayed locked by another process for longer than the wait allows.</summary>
public sealed class WarehouseBusyException(string path, TimeSpan waited)
    : Exception($"The warehouse {path} is in use by another process (waited {waited.TotalSeconds:0} s). Try again when the running job has finished.")
{
    /// <summary>How long the lock was waited for.</summary>
    public TimeSpan Waited { get; } = waited;
}
