namespace SourceScore.Tests.Conventions;

/// <summary>
/// Sentences are split in one place (issue 33): only <c>src/SourceScore/Text/SentenceSplitter.cs</c> keeps a list of
/// the abbreviations after which a full stop does not end a sentence. A second list is the sign of a second splitter,
/// whose sentences would disagree with those the rest of the library reads.
/// </summary>
public sealed class OneSentenceSplitterTests
{
    /// <summary>Entries only an abbreviation list for sentence ends has ("Capt.", "Sept.", "Supt.").</summary>
    private static readonly string[] s_abbreviationEntries = ["\"capt\"", "\"sept\"", "\"supt\""];

    [Fact]
    public void Only_the_sentence_splitter_keeps_an_abbreviation_list()
    {
        string src = Path.Combine(Testing.TestPaths.RepoRoot, "src");
        string splitter = Path.Combine(src, "SourceScore", "Text", "SentenceSplitter.cs");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(splitter, files);
        var holders = files
            .Where(f => s_abbreviationEntries.Any(e => File.ReadAllText(f).Contains(e, StringComparison.OrdinalIgnoreCase)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();
        Assert.Equal([Path.GetRelativePath(src, splitter)], holders);
    }
}
