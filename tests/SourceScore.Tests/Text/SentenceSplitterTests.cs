using SourceScore.Text;

namespace SourceScore.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(text, spans);
        return [.. spans.Select(s => text.Substring(s.Start, s.Length))];
    }

    [Theory]
    [InlineData("Gen. Abdourahamane Tiani spoke. He left.", "Gen. Abdourahamane Tiani spoke.|He left.")]
    [InlineData("Capt. Musa Ali led the unit. It won.", "Capt. Musa Ali led the unit.|It won.")]
    [InlineData("The U.S. Army said so. The talks ended.", "The U.S. Army said so.|The talks ended.")]
    [InlineData("Troops left the U.S. The talks ended.", "Troops left the U.S.|The talks ended.")]
    [InlineData("The deal is worth $3.3 billion. Officials agreed.", "The deal is worth $3.3 billion.|Officials agreed.")]
    [InlineData("It killed 17,643 people. Aid came on Sep. 01 from Lagos.", "It killed 17,643 people.|Aid came on Sep. 01 from Lagos.")]
    [InlineData("It grew 4.5 per cent.It fell later.", "It grew 4.5 per cent.|It fell later.")]
    [InlineData("The regional priorities.This is new.", "The regional priorities.|This is new.")]
    [InlineData("Visit example.com for more. Then go.", "Visit example.com for more.|Then go.")]
    [InlineData("President George W. Bush spoke.", "President George W. Bush spoke.")]
    [InlineData("\"We will fight. We will win,\" he said. Then he left.", "\"We will fight.|We will win,\" he said.|Then he left.")]
    [InlineData("Is it over? No. It is not!", "Is it over?|No.|It is not!")]
    [InlineData("Wait... and see. Done.", "Wait... and see.|Done.")]
    [InlineData("Introduction\nThe army said so\n- first item\n- second item", "Introduction|The army said so|- first item|- second item")]
    [InlineData("He said (in a statement.) Then he left.", "He said (in a statement.)|Then he left.")]
    [InlineData("He lives at No. 10 Downing Street. No. It is not.", "He lives at No. 10 Downing Street.|No.|It is not.")]
    [InlineData("", "")]
    [InlineData("   \n\n  ", "")]
    public void Splits_news_text(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("\"We will fight. We will win,\" he said. Then he left.", "false|true|false")]
    [InlineData("\u201CWe will fight. We will win,\u201D he said. Then he left.", "false|true|false")]
    [InlineData("\"We will fight. We will win.\n\"We will not stop.\" Then he left.", "false|true|false|false")]
    [InlineData("He said: \"One. Two. Three.\" Four.", "false|true|true|false")]
    public void Marks_sentences_that_continue_a_quotation(string text, string expected)
    {
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(text, spans);
        var quotes = default(QuoteState);
        Assert.Equal(expected, string.Join('|', spans.Select(s => quotes.ReadTo(text, s.Start) ? "true" : "false")));
    }

    [Fact]
    public void Seed_000_splits_where_a_reader_would()
    {
        string text = File.ReadAllText(Path.Combine(Testing.TestPaths.SeedsRoot, "000_e8fb869b46d61211.txt"));
        var sentences = Split(text);
        Assert.Contains("The Nigerian army announced the security cooperation pact on Tuesday in a communique.", sentences);
        Assert.Contains("The July 2023 coup — which ousted Niger President Mohamed Bazoum — strained relations with Nigeria, after ECOWAS, led by Nigeria's President Bola Tinubu, imposed tough sanctions on Niger and threatened a military invasion.", sentences);
        Assert.All(sentences, s => Assert.True(s.Length < 400, s));
    }
}
