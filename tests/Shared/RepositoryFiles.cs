namespace Analytics.Tests.Support;

/// <summary>Finds the repository's files from a test's output folder.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository root (the folder with Analytics.sln and data-samples/).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled samples.</summary>
    public static string Samples => Path.Combine(Root, "data-samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "data-samples")) && File.Exists(Path.Combine(dir.FullName, "Analytics.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (with data-samples/) was not found above " + AppContext.BaseDirectory);
    }
}
