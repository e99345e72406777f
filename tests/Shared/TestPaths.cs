namespace SourceScore.Testing;

/// <summary>Finds the repository root and the shared data folder beside the checkout.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the checkout (CI puts it there). Tests that need it fail with this message when it is missing.</summary>
    public static string DataRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException($"The shared data folder was not found beside the checkout ({RepoRoot}/../shared/data). Put it there, as CI does.");
        }
    }

    public static string SeedsRoot => Path.Combine(Path.GetDirectoryName(DataRoot)!, "seeds");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SourceScore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SourceScore.sln not found above " + AppContext.BaseDirectory);
    }
}
