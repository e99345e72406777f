namespace SourceScore.Benchmarks;

/// <summary>The built tool the load runners start as processes (<c>dotnet build -c Release</c> first).</summary>
internal static class BuiltTool
{
    /// <summary>The path of <c>SourceScore.Cli.dll</c> in the repository's Release output.</summary>
    public static string Path()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "src", "SourceScore.Cli", "bin", "Release", "net10.0", "SourceScore.Cli.dll");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SourceScore.sln")))
            {
                return File.Exists(candidate) ? candidate : throw new InvalidOperationException($"{candidate} is missing: run 'dotnet build -c Release' first");
            }
        }

        throw new InvalidOperationException("SourceScore.sln not found above " + AppContext.BaseDirectory);
    }
}
