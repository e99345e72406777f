using SourceScore.Text;

namespace SourceScore.Tests.Text;

public sealed class WordScannerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text)
    {
        var list = new List<(string, TokenKind)>();
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            list.Add((text.Substring(scanner.Current.Start, scanner.Current.Length), scanner.Current.Kind));
        }

        return list;
    }

    [Fact]
    public void Scan_gives_the_tokens_of_a_span_with_offsets_into_the_text_up_to_the_buffer()
    {
        const string text = "First one. Then the army said no.";
        var tokens = WordScanner.Scan(text, new TextSpan(11, 22), new Token[4]);
        Assert.Equal(["Then", "the", "army", "said"], tokens.ToArray().Select(t => text.Substring(t.Start, t.Length)));
        Assert.True(tokens[0].SpaceBefore);
        Assert.Equal(WordHash.Of("army"), tokens[2].Hash);
    }

    [Fact]
    public void Splits_words_numbers_and_punctuation()
    {
        var tokens = Tokens("Nigeria’s army, said: $3.3 billion and 17,643 in 1990s (don't).");
        Assert.Equal(
            ["Nigeria’s", "army", ",", "said", ":", "$", "3.3", "billion", "and", "17,643", "in", "1990s", "(", "don't", ")", "."],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Number, tokens.Single(t => t.Text == "17,643").Kind);
        Assert.Equal(TokenKind.Word, tokens.Single(t => t.Text == "don't").Kind);
    }

    [Fact]
    public void Word_hash_folds_case_and_apostrophes()
    {
        var scanner = new WordScanner("Nigeria’s");
        Assert.True(scanner.MoveNext());
        Assert.Equal(WordHash.Of("nigeria's"), scanner.Current.Hash);
        Assert.Equal(WordHash.Of("NIGERIA'S"), scanner.Current.Hash);
    }

    [Fact]
    public void Records_spaces_and_line_breaks_before_tokens()
    {
        var scanner = new WordScanner("a ,b\nc");
        var seen = new List<(bool Space, bool Line)>();
        while (scanner.MoveNext())
        {
            seen.Add((scanner.Current.SpaceBefore, scanner.Current.LineBreakBefore));
        }

        Assert.Equal([(true, true), (true, false), (false, false), (true, true)], seen);
    }

    [Fact]
    public void Empty_and_whitespace_give_no_tokens()
    {
        Assert.Empty(Tokens(string.Empty));
        Assert.Empty(Tokens(" \n\t "));
    }
}
