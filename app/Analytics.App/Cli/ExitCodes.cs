namespace Analytics.App.Cli;

/// <summary>The exit codes of docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;
    /// <summary>Failure; the warehouse is as it was before the failing file.</summary>
    public const int Failure = 1;
    /// <summary>Bad usage.</summary>
    public const int Usage = 2;
    /// <summary>Done, but some files or rows were refused.</summary>
    public const int Refusals = 3;
}
