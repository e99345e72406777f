using SourceScore.StanceReader;
using SourceScore.Text;

namespace SourceScore.Tests.Models;

public sealed class StanceDocumentTests
{
    [Fact]
    public void A_reading_keeps_the_terms_in_text_order_and_its_vector_holds_each_once()
    {
        var lexicon = StanceModel.Lexicon;
        foreach (var path in Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            var document = StanceDocument.Of(text, lexicon);

            // The terms of each sentence, worked out token by token.
            var expected = new List<ulong>();
            for (int s = 0; s < document.SentenceCount; s++)
            {
                Assert.Equal(expected.Count, document.SentenceStarts[s]);
                var tokens = WordScanner.Scan(text, document.Sentences[s], new Token[StanceDocument.MaxTokens]);
                foreach (var token in tokens)
                {
                    ulong key = token.Kind == TokenKind.Word ? TermKey.Compute(text.AsSpan(token.Start, token.Length), token.Hash) : 0;
                    if (key != 0)
                    {
                        expected.Add(key);
                    }
                }
            }

            Assert.Equal(expected, document.Terms);
            Assert.Equal(expected.Count, document.SentenceStarts[^1]);
            Assert.Equal(expected.Distinct().Order(), document.VectorKeys);
            Assert.Equal(document.VectorKeys.Length, document.VectorWeights.Length);
            Assert.Equal(document.SentenceCount, document.Cues.Length);
            Assert.Equal(document.SentenceCount, document.SentenceNorms.Length);

            // The lead's neighbouring pairs: the first two sentences' terms, function words left out.
            int leadEnd = document.SentenceStarts[Math.Min(StanceFeatures.LeadSentences, document.SentenceCount)];
            var leadPairs = Enumerable.Range(1, Math.Max(0, leadEnd - 1)).Select(i => WordHash.Pair(expected[i - 1], expected[i])).Distinct().Order();
            Assert.Equal(leadPairs, document.LeadPairs);
            AssertSortedDistinct(document.Pairs);
            AssertSortedDistinct(document.Names);
            AssertSortedDistinct(document.Numbers);
            Assert.All(document.Names, name => Assert.Contains(name, document.VectorKeys));
        }
    }

    [Fact]
    public void A_text_longer_than_the_token_budget_is_read_from_its_start_up_to_the_budget()
    {
        // Eight tokens a sentence: "Officials", "met", "in", "Niamey", "on", "day", the figure and the full stop.
        const int TokensPerSentence = 8;
        string text = string.Join(' ', Enumerable.Range(1, 1_000).Select(day => $"Officials met in Niamey on day {day}."));
        var document = StanceDocument.Of(text, StanceModel.Lexicon);

        int read = StanceDocument.MaxTokens / TokensPerSentence;
        Assert.Equal(read, document.SentenceCount);
        Assert.Equal(read + 1, document.SentenceStarts.Length);
        Assert.Equal(read, document.Cues.Length);
        Assert.Equal(read, document.SentenceNorms.Length);
        Assert.Equal("Officials met in Niamey on day 1.", text[document.Sentences[0].Start..document.Sentences[0].End]);
        Assert.Equal($"Officials met in Niamey on day {read}.", text[document.Sentences[^1].Start..document.Sentences[^1].End]);

        // "Officials", "met", "Niamey" and "day" have keys; "in" and "on" are function words.
        Assert.Equal(read * 4, document.Terms.Length);
        Assert.Equal(read, document.Numbers.Length);
    }

    private static void AssertSortedDistinct(ulong[] values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            Assert.True(values[i - 1] < values[i], $"not sorted and distinct at {i}");
        }
    }
}
