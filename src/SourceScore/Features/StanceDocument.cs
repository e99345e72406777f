using System.Buffers;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Features;

/// <summary>
/// A text read once for stance: its content terms (<see cref="TermKey"/>) in order and by sentence, their TF-IDF
/// vector, its adjacent term pairs, figures, names and the cue words of each sentence. A body is read once and
/// compared with any number of headlines or claims (FNC-1 pairs one body with dozens of headlines; an article
/// is compared with every claim of a newer one). Immutable, so safe to share between threads.
/// </summary>
internal sealed class StanceDocument
{
    /// <summary>Tokens read at most: a longer text is read from its start (news puts the story first).</summary>
    public const int MaxTokens = 3000;

    private float[]? _meanBodyWeights;

    private StanceDocument(string text)
    {
        Text = text;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the content terms in order.</summary>
    public ulong[] Terms { get; private init; } = [];

    /// <summary>Gets, for sentence i, the index in <see cref="Terms"/> of its first term (one more entry closes the last sentence).</summary>
    public int[] SentenceStarts { get; private init; } = [0];

    /// <summary>Gets the spans of the sentences in <see cref="Text"/>.</summary>
    public TextSpan[] Sentences { get; private init; } = [];

    /// <summary>Gets the cue words of each sentence, counted by kind.</summary>
    public SentenceCueCounts[] Cues { get; private init; } = [];

    /// <summary>Gets the distinct terms, sorted, with their TF-IDF weights (log-scaled term frequency).</summary>
    public ulong[] VectorKeys { get; private init; } = [];

    /// <summary>Gets the weights of <see cref="VectorKeys"/>.</summary>
    public float[] VectorWeights { get; private init; } = [];

    /// <summary>Gets the lexicon the text was read with.</summary>
    public StanceLexicon? Lexicon { get; private init; }

    /// <summary>Gets the Euclidean norm of the TF-IDF vector.</summary>
    public float Norm { get; private init; }

    /// <summary>Gets the norm of each sentence's binary IDF vector.</summary>
    public float[] SentenceNorms { get; private init; } = [];

    /// <summary>Gets the distinct adjacent term pairs, sorted.</summary>
    public ulong[] Pairs { get; private init; } = [];

    /// <summary>Gets the distinct pairs of neighbouring terms (function words left out) of the lead — the first <see cref="StanceFeatures.LeadSentences"/> sentences —, sorted.</summary>
    public ulong[] LeadPairs { get; private init; } = [];

    /// <summary>Gets the distinct figures (digits only, separators dropped), sorted.</summary>
    public ulong[] Numbers { get; private init; } = [];

    /// <summary>Gets the distinct keys of capitalised words that do not open a sentence, sorted.</summary>
    public ulong[] Names { get; private init; } = [];

    /// <summary>Gets whether the text holds a question mark.</summary>
    public bool Question { get; private init; }

    /// <summary>Gets the number of words read (content and function words).</summary>
    public int Words { get; private init; }

    /// <summary>Gets the number of sentences.</summary>
    public int SentenceCount => Sentences.Length;

    /// <summary>The terms of sentence <paramref name="i"/>.</summary>
    public ReadOnlySpan<ulong> SentenceTerms(int i) => Terms.AsSpan(SentenceStarts[i], SentenceStarts[i + 1] - SentenceStarts[i]);

    /// <summary>Whether the document holds the term (binary search of its vector).</summary>
    public bool Contains(ulong key) => Array.BinarySearch(VectorKeys, key) >= 0;

    /// <summary>
    /// The mean naive-Bayes body log-odds of <see cref="VectorKeys"/> for a related stance under a lexicon: the same
    /// for every headline the body is compared with, so computed once for the lexicon the text was read with (training
    /// compares one reading with the log-odds of several folds, which are computed each time).
    /// </summary>
    public float MeanBodyWeight(StanceLexicon lexicon, int stance)
    {
        if (!ReferenceEquals(lexicon, Lexicon))
        {
            return StanceFeatures.MeanWeight(VectorKeys, lexicon, stance, headline: false);
        }

        // Written once whole; two threads racing compute the same values.
        var means = Volatile.Read(ref _meanBodyWeights);
        if (means is null)
        {
            means = new float[StanceLexicon.RelatedClasses];
            for (int c = 0; c < means.Length; c++)
            {
                means[c] = StanceFeatures.MeanWeight(VectorKeys, lexicon, c, headline: false);
            }

            Volatile.Write(ref _meanBodyWeights, means);
        }

        return means[stance];
    }

    /// <summary>The TF-IDF weight of a term in the document, or 0.</summary>
    public float Weight(ulong key)
    {
        int i = Array.BinarySearch(VectorKeys, key);
        return i >= 0 ? VectorWeights[i] : 0;
    }

    /// <summary>Reads a whole text (a headline, a claim, a body).</summary>
    public static StanceDocument Of(string text, StanceLexicon lexicon) => Of(text, new TextSpan(0, text.Length), lexicon);

    /// <summary>Reads part of a text, its sentences split by <see cref="SentenceSplitter"/>.</summary>
    public static StanceDocument Of(string text, TextSpan span, StanceLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(text.AsSpan(span.Start, span.Length), sentences);
        for (int i = 0; i < sentences.Count; i++)
        {
            sentences[i] = new TextSpan(sentences[i].Start + span.Start, sentences[i].Length);
        }

        return Of(text, sentences, lexicon);
    }

    /// <summary>Reads the given sentences of a text (already split, e.g. by the article's shared views).</summary>
    public static StanceDocument Of(string text, IReadOnlyList<TextSpan> sentences, StanceLexicon lexicon)
    {
        var tokens = ArrayPool<Token>.Shared.Rent(MaxTokens);
        try
        {
            var terms = new List<ulong>(256);
            var starts = new List<int>(sentences.Count + 1);
            var spans = new List<TextSpan>(sentences.Count);
            var cues = new List<SentenceCueCounts>(sentences.Count);
            var pairs = new List<ulong>(256);
            var numbers = new List<ulong>();
            var names = new List<ulong>();
            bool question = false;
            int words = 0, budget = MaxTokens;
            foreach (var sentence in sentences)
            {
                if (budget <= 0)
                {
                    break;
                }

                var found = WordScanner.Scan(text, sentence, tokens.AsSpan(0, budget));
                budget -= found.Length;
                starts.Add(terms.Count);
                spans.Add(sentence);
                var counts = default(SentenceCueCounts);
                ulong previous = 0;
                bool first = true;
                foreach (var token in found)
                {
                    var word = text.AsSpan(token.Start, token.Length);
                    switch (token.Kind)
                    {
                        case TokenKind.Word:
                            words++;
                            counts = counts.Add(StanceCues.Of(word, token.Hash));
                            ulong key = TermKey.Of(word, token.Hash);
                            if (key != 0)
                            {
                                terms.Add(key);
                                if (previous != 0)
                                {
                                    pairs.Add(WordHash.Pair(previous, key));
                                }

                                if (!first && char.IsUpper(word[0]))
                                {
                                    names.Add(key);
                                }
                            }

                            previous = key;
                            first = false;
                            break;
                        case TokenKind.Number:
                            words++;
                            numbers.Add(NumberKey(word));
                            first = false;
                            break;
                        default:
                            question |= word[0] == '?';
                            break;
                    }
                }

                cues.Add(counts);
            }

            starts.Add(terms.Count);
            var (keys, weights, norm) = Vector(terms, lexicon);
            var sentenceNorms = new float[spans.Count];
            for (int i = 0; i < spans.Count; i++)
            {
                double sum = 0;
                var own = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(terms)[starts[i]..starts[i + 1]];
                for (int j = 0; j < own.Length; j++)
                {
                    if (own[..j].IndexOf(own[j]) < 0)
                    {
                        double idf = lexicon.Idf(own[j]);
                        sum += idf * idf;
                    }
                }

                sentenceNorms[i] = (float)Math.Sqrt(sum);
            }

            return new StanceDocument(text)
            {
                Terms = [.. terms],
                SentenceStarts = [.. starts],
                Sentences = [.. spans],
                Cues = [.. cues],
                VectorKeys = keys,
                VectorWeights = weights,
                Lexicon = lexicon,
                Norm = norm,
                SentenceNorms = sentenceNorms,
                Pairs = Distinct(pairs),
                LeadPairs = NeighbourPairs(terms, starts[Math.Min(StanceFeatures.LeadSentences, spans.Count)]),
                Numbers = Distinct(numbers),
                Names = Distinct(names),
                Question = question,
                Words = words,
            };
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>
    /// The distinct content terms of one span of a text, sorted: the <see cref="VectorKeys"/> that
    /// <c>Of(text, [span], lexicon)</c> would give, without reading the rest (pairs, cues, names, weights).
    /// </summary>
    public static ulong[] DistinctTerms(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArrayPool<Token>.Shared.Rent(MaxTokens);
        try
        {
            var terms = new List<ulong>(64);
            foreach (var token in WordScanner.Scan(text, span, tokens.AsSpan(0, MaxTokens)))
            {
                if (token.Kind == TokenKind.Word)
                {
                    ulong key = TermKey.Of(text.AsSpan(token.Start, token.Length), token.Hash);
                    if (key != 0)
                    {
                        terms.Add(key);
                    }
                }
            }

            return Distinct(terms);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>A figure as its digits (and decimal point), so "17,643" = "17643" and "3.30" ≠ "3.3" is accepted.</summary>
    private static ulong NumberKey(ReadOnlySpan<char> number)
    {
        ulong h = WordHash.Offset;
        foreach (char c in number)
        {
            if (char.IsDigit(c) || c == '.')
            {
                h = (h ^ c) * WordHash.Prime;
            }
        }

        return h == 0 ? 1 : h;
    }

    private static (ulong[] Keys, float[] Weights, float Norm) Vector(List<ulong> terms, StanceLexicon lexicon)
    {
        var sorted = terms.ToArray();
        Array.Sort(sorted);
        var keys = new List<ulong>(sorted.Length);
        var weights = new List<float>(sorted.Length);
        double sum = 0;
        for (int i = 0; i < sorted.Length;)
        {
            int j = i;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            float w = (float)((1 + Math.Log(j - i)) * lexicon.Idf(sorted[i]));
            keys.Add(sorted[i]);
            weights.Add(w);
            sum += (double)w * w;
            i = j;
        }

        return ([.. keys], [.. weights], (float)Math.Sqrt(sum));
    }

    private static ulong[] NeighbourPairs(List<ulong> terms, int end)
    {
        var pairs = new List<ulong>(Math.Max(0, end - 1));
        for (int i = 1; i < end; i++)
        {
            pairs.Add(WordHash.Pair(terms[i - 1], terms[i]));
        }

        return Distinct(pairs);
    }

    private static ulong[] Distinct(List<ulong> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        values.Sort();
        int n = 1;
        for (int i = 1; i < values.Count; i++)
        {
            if (values[i] != values[n - 1])
            {
                values[n++] = values[i];
            }
        }

        return [.. values.GetRange(0, n)];
    }
}

/// <summary>How many cue words of each kind a sentence holds (saturating at 255).</summary>
internal readonly record struct SentenceCueCounts(byte Refute, byte Negation, byte Hedge, byte Confirm, byte Speech)
{
    public SentenceCueCounts Add(StanceCue cue) => cue == StanceCue.None ? this : new(
        Inc(Refute, cue, StanceCue.Refute),
        Inc(Negation, cue, StanceCue.Negation),
        Inc(Hedge, cue, StanceCue.Hedge),
        Inc(Confirm, cue, StanceCue.Confirm),
        Inc(Speech, cue, StanceCue.Speech));

    private static byte Inc(byte value, StanceCue cue, StanceCue kind) => (cue & kind) != 0 && value < byte.MaxValue ? (byte)(value + 1) : value;
}
