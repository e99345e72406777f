using System.Buffers;
using SourceScore.Text;

namespace SourceScore.StanceReader;

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
    private float[]? _meanHeadlineWeights;
    private float[]? _termBodyWeights;

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

    /// <summary>Gets the inverse document frequency of each of <see cref="VectorKeys"/> under <see cref="Lexicon"/>.</summary>
    public float[] VectorIdf { get; private init; } = [];

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
    /// The inverse document frequencies of <see cref="VectorKeys"/> under a lexicon: <see cref="VectorIdf"/> when the
    /// lexicon counts the same frequencies as the one the text was read with (its log-odds may differ), else computed.
    /// </summary>
    public float[] IdfUnder(StanceLexicon lexicon)
    {
        if (Lexicon is not null && lexicon.SharesFrequencies(Lexicon))
        {
            return VectorIdf;
        }

        var idf = new float[VectorKeys.Length];
        for (int i = 0; i < idf.Length; i++)
        {
            idf[i] = lexicon.Idf(VectorKeys[i]);
        }

        return idf;
    }

    /// <summary>
    /// The mean naive-Bayes headline log-odds of <see cref="VectorKeys"/> for a related stance under a lexicon: the
    /// same for every body a headline or claim is compared with, so computed once for the lexicon the text was read with.
    /// </summary>
    public float MeanHeadlineWeight(StanceLexicon lexicon, int stance) =>
        ReferenceEquals(lexicon, Lexicon)
            ? Once(ref _meanHeadlineWeights, lexicon, static (d, l, c) => StanceFeatures.MeanWeight(d.VectorKeys, l, c, headline: true))[stance]
            : StanceFeatures.MeanWeight(VectorKeys, lexicon, stance, headline: true);

    /// <summary>
    /// Looks up and keeps the naive-Bayes body log-odds of every term of <see cref="Terms"/> under the lexicon the text
    /// was read with (<see cref="TermBodyWeights"/>), for a body compared with many claims (a related opening): its best
    /// sentences are then read without a lookup. Call before the document is shared. Returns the document.
    /// </summary>
    public StanceDocument KeepTermBodyWeights()
    {
        if (_termBodyWeights is null && Lexicon is not null)
        {
            var weights = new float[StanceLexicon.RelatedClasses * Terms.Length];
            for (int c = 0, at = 0; c < StanceLexicon.RelatedClasses; c++)
            {
                foreach (ulong key in Terms)
                {
                    weights[at++] = Lexicon.BodyWeight(c, key);
                }
            }

            _termBodyWeights = weights;
        }

        return this;
    }

    /// <summary>
    /// The kept body log-odds of every term (<see cref="KeepTermBodyWeights"/>), stance by stance
    /// (<c>[stance * Terms.Length + i]</c>), when kept and <paramref name="lexicon"/> is the one the text was read
    /// with; otherwise null, and the caller looks up the terms it needs.
    /// </summary>
    public float[]? TermBodyWeights(StanceLexicon lexicon) => ReferenceEquals(lexicon, Lexicon) ? _termBodyWeights : null;

    /// <summary>
    /// The mean naive-Bayes body log-odds of <see cref="VectorKeys"/> for a related stance under a lexicon: the same
    /// for every headline the body is compared with, so computed once for the lexicon the text was read with (training
    /// compares one reading with the log-odds of several folds, which are computed each time).
    /// </summary>
    public float MeanBodyWeight(StanceLexicon lexicon, int stance) =>
        ReferenceEquals(lexicon, Lexicon)
            ? Once(ref _meanBodyWeights, lexicon, static (d, l, c) => StanceFeatures.MeanWeight(d.VectorKeys, l, c, headline: false))[stance]
            : StanceFeatures.MeanWeight(VectorKeys, lexicon, stance, headline: false);

    /// <summary>A value per related stance, computed on first use and kept; two threads racing compute the same values.</summary>
    private float[] Once(ref float[]? field, StanceLexicon lexicon, Func<StanceDocument, StanceLexicon, int, float> compute)
    {
        var values = Volatile.Read(ref field);
        if (values is null)
        {
            values = new float[StanceLexicon.RelatedClasses];
            for (int c = 0; c < values.Length; c++)
            {
                values[c] = compute(this, lexicon, c);
            }

            Volatile.Write(ref field, values);
        }

        return values;
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
        // Scratch from the pool, at most MaxTokens of each; only the document's own arrays are allocated, at their size.
        var tokens = ArrayPool<Token>.Shared.Rent(MaxTokens);
        var terms = ArrayPool<ulong>.Shared.Rent(MaxTokens);
        var pairs = ArrayPool<ulong>.Shared.Rent(MaxTokens);
        var numbers = ArrayPool<ulong>.Shared.Rent(MaxTokens);
        var names = ArrayPool<ulong>.Shared.Rent(MaxTokens);
        try
        {
            var starts = new int[sentences.Count + 1];
            var cues = new SentenceCueCounts[sentences.Count];
            int termCount = 0, pairCount = 0, numberCount = 0, nameCount = 0, read = 0;
            bool question = false;
            int words = 0, budget = MaxTokens;
            for (; read < sentences.Count && budget > 0; read++)
            {
                var found = WordScanner.Scan(text, sentences[read], tokens.AsSpan(0, budget));
                budget -= found.Length;
                starts[read] = termCount;
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
                            ulong key = lexicon.Alias(TermKey.Of(word, token.Hash));
                            if (key != 0)
                            {
                                terms[termCount++] = key;
                                if (previous != 0)
                                {
                                    pairs[pairCount++] = WordHash.Pair(previous, key);
                                }

                                if (!first && char.IsUpper(word[0]))
                                {
                                    names[nameCount++] = key;
                                }
                            }

                            previous = key;
                            first = false;
                            break;
                        case TokenKind.Number:
                            words++;
                            numbers[numberCount++] = NumberKey(word);
                            first = false;
                            break;
                        default:
                            question |= word[0] == '?';
                            break;
                    }
                }

                cues[read] = counts;
            }

            starts[read] = termCount;
            var spans = new TextSpan[read];
            for (int i = 0; i < read; i++)
            {
                spans[i] = sentences[i];
            }

            if (read < sentences.Count)
            {
                Array.Resize(ref starts, read + 1);
                Array.Resize(ref cues, read);
            }

            var own = terms.AsSpan(0, termCount);
            var sentenceNorms = new float[read];
            for (int i = 0; i < read; i++)
            {
                double sum = 0;
                var sentence = own[starts[i]..starts[i + 1]];
                for (int j = 0; j < sentence.Length; j++)
                {
                    if (sentence[..j].IndexOf(sentence[j]) < 0)
                    {
                        double idf = lexicon.Idf(sentence[j]);
                        sum += idf * idf;
                    }
                }

                sentenceNorms[i] = (float)Math.Sqrt(sum);
            }

            int leadEnd = starts[Math.Min(StanceFeatures.LeadSentences, read)];
            var ordered = own.ToArray();
            var distinctPairs = Distinct(pairs.AsSpan(0, pairCount));
            var leadPairs = NeighbourPairs(own[..leadEnd], pairs);

            // The scratch terms are sorted in place for the vector, once their order is kept.
            var (keys, weights, idfs, norm) = Vector(own, lexicon);
            return new StanceDocument(text)
            {
                Terms = ordered,
                SentenceStarts = starts,
                Sentences = spans,
                Cues = cues,
                VectorKeys = keys,
                VectorWeights = weights,
                VectorIdf = idfs,
                Lexicon = lexicon,
                Norm = norm,
                SentenceNorms = sentenceNorms,
                Pairs = distinctPairs,
                LeadPairs = leadPairs,
                Numbers = Distinct(numbers.AsSpan(0, numberCount)),
                Names = Distinct(names.AsSpan(0, nameCount)),
                Question = question,
                Words = words,
            };
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
            ArrayPool<ulong>.Shared.Return(terms);
            ArrayPool<ulong>.Shared.Return(pairs);
            ArrayPool<ulong>.Shared.Return(numbers);
            ArrayPool<ulong>.Shared.Return(names);
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

    /// <summary>The TF-IDF vector of the terms (log-scaled term frequency), which it sorts in place.</summary>
    private static (ulong[] Keys, float[] Weights, float[] Idf, float Norm) Vector(Span<ulong> terms, StanceLexicon lexicon)
    {
        int n = SortDistinctCount(terms);
        var keys = new ulong[n];
        var weights = new float[n];
        var idfs = new float[n];
        double sum = 0;
        int k = 0;
        for (int i = 0; i < terms.Length;)
        {
            int j = i;
            while (j < terms.Length && terms[j] == terms[i])
            {
                j++;
            }

            float idf = lexicon.Idf(terms[i]);
            float w = (float)((1 + Math.Log(j - i)) * idf);
            keys[k] = terms[i];
            idfs[k] = idf;
            weights[k++] = w;
            sum += (double)w * w;
            i = j;
        }

        return (keys, weights, idfs, (float)Math.Sqrt(sum));
    }

    /// <summary>The distinct pairs of neighbouring terms, written to <paramref name="scratch"/> first (as long as the terms, at least).</summary>
    private static ulong[] NeighbourPairs(ReadOnlySpan<ulong> terms, Span<ulong> scratch)
    {
        int n = 0;
        for (int i = 1; i < terms.Length; i++)
        {
            scratch[n++] = WordHash.Pair(terms[i - 1], terms[i]);
        }

        return Distinct(scratch[..n]);
    }

    /// <summary>The distinct values, sorted (the span is sorted in place).</summary>
    private static ulong[] Distinct(Span<ulong> values)
    {
        if (values.IsEmpty)
        {
            return [];
        }

        var distinct = new ulong[SortDistinctCount(values)];
        int n = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
            {
                distinct[n++] = values[i];
            }
        }

        return distinct;
    }

    /// <summary>Sorts the values in place and counts the distinct ones.</summary>
    private static int SortDistinctCount(Span<ulong> values)
    {
        values.Sort();
        int n = values.Length == 0 ? 0 : 1;
        for (int i = 1; i < values.Length; i++)
        {
            n += values[i] != values[i - 1] ? 1 : 0;
        }

        return n;
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
