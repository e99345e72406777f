using System.Buffers;
using System.Collections.Frozen;
using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Signals.Machine;

/// <summary>
/// The features the machine-prose model reads, computed from the tokens of the text: sentence
/// rhythm, vocabulary richness, punctuation habits and slips, stock phrasing and template headings,
/// misspellings, the function-word profile, how the word pairs compare with human news (unseen pairs
/// between common words are the mark of a spinner's blind synonym swaps; words that are always the
/// likeliest follower are the mark of a language model), and the margins of two linear models over the text's
/// hashed word n-grams (<see cref="NgramBag"/>, read from the same tokens). Training and serving both call
/// <see cref="Extract"/>; <see cref="SchemaVersion"/> changes whenever the vector does.
/// </summary>
/// <remarks>
/// Layout is ignored on purpose (line breaks, repeated spaces, straight or curly quotes): the training
/// data's human and machine texts differ in layout for reasons that have nothing to do with who wrote
/// them. Only the first <see cref="MaxWords"/> words are read. Thread-safe; buffers are pooled.
/// </remarks>
internal static class MachineFeatures
{
    public const int SchemaVersion = 4;

    /// <summary>Words read at most; enough to judge the prose, and bounded on huge inputs.</summary>
    public const int MaxWords = 20_000;

    /// <summary>A word this common in human news counts as common when judging a pair of them.</summary>
    public const int CommonWordCount = 30;

    /// <summary>Starting size of the per-text tallies of words and trigrams (they grow as needed).</summary>
    private const int InitialTally = 2048;

    /// <summary>Tokens scanned and looked up at a time.</summary>
    private const int Batch = 64;

    /// <summary>A word more common than this in human news is not taken for a spinner's swap: spinners pick rarer synonyms.</summary>
    public const int MaxSwappedCount = 100;

    private static readonly string[] s_functionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "it", "with", "as", "he", "be", "by", "at", "from",
        "his", "have", "has", "are", "were", "an", "this", "which", "but", "not", "they", "had", "been", "who", "will", "their",
        "its", "would", "also", "or", "after", "more", "she", "her", "we", "i", "you", "our", "there", "about", "up", "one", "out",
        "if", "can", "when", "than", "them", "so", "into", "could", "what", "all", "over", "new", "other", "some", "only", "us",
        "just", "no", "like", "do", "most", "should", "did", "many", "may", "while", "before", "because", "people", "these",
        "those", "such", "where", "even", "however", "both", "then", "how", "since", "whether", "against", "during", "between",
        "under", "through", "much", "still", "very", "among", "without", "within", "across", "although", "despite", "amid",
        "each", "own", "another", "every", "further", "why", "yet", "my", "me", "your", "it's", "including", "according",
    ];

    private static readonly string[] s_transitions =
    [
        "however", "moreover", "furthermore", "additionally", "overall", "meanwhile", "consequently", "ultimately", "notably",
        "indeed", "thus", "therefore", "nevertheless", "nonetheless", "similarly", "importantly", "finally", "instead",
    ];

    private static readonly FrozenDictionary<ulong, int> s_functionIndex = BuildIndex(s_functionWords);

    // What a word is to the features (function word and which, transition, "said", end of a stock phrase), in one small
    // table probed once a word: value = function-word index + 1 in the low byte, role flags above it.
    private const int RoleTransition = 1 << 8;
    private const int RoleSaid = 1 << 9;
    private const int RolePhraseEnd = 1 << 10;
    private static readonly HashCountTable s_roles = BuildRoles();

    /// <summary>Gets the number of features.</summary>
    public static int Count { get; } = Accumulator.Fixed.Length + s_functionIndex.Count + NgramBag.Models;

    /// <summary>Gets the stamp a model trained on these features carries (<see cref="Models.ModelStamp"/>).</summary>
    public static Models.ModelStamp Stamp => new("machine", SchemaVersion, Count);

    /// <summary>Gets the features' names, for the model card.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Accumulator.Fixed.Select(f => f.Name), .. s_functionWords.Select(w => "fw_" + w), .. NgramBag.ModelNames.Select(m => "ngram_margin_" + m)];

    /// <summary>
    /// Writes the features of <paramref name="text"/> into <paramref name="features"/> and, when
    /// <paramref name="cues"/> is given, adds the evidence an editor can act on.
    /// </summary>
    /// <returns>The number of words read.</returns>
    /// <param name="text">The text.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="sentences">Its sentences (<see cref="SentenceSplitter"/>), in order: sentence rhythm and sentence openings are read from them.</param>
    /// <param name="lexicon">The news lexicon.</param>
    /// <param name="features">Where the features go.</param>
    /// <param name="cues">Where the evidence goes, or null.</param>
    /// <param name="house">The outlet's house lists: its words are never misspellings; null for none.</param>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, ReadOnlySpan<TextSpan> sentences, NewsLexicon lexicon, Span<float> features, List<MachineCue>? cues, Configuration.HouseStyle? house = null)
    {
        if (features.Length != Count)
        {
            throw new ArgumentException($"Expected {Count} features.", nameof(features));
        }

        features.Clear();
        var acc = new Accumulator(lexicon) { House = house is { HasWords: true } ? house : null };
        var weights = lexicon.NgramWeights;
        bool bag = weights.Length == NgramBag.Buckets * NgramBag.Models;
        var ngrams = bag ? new NgramBag.Reader(text.Length) : default;
        try
        {
            // In batches: scan, then look every word, pair and n-gram up in a tight loop (the tables are larger than the
            // caches, and a loop that does nothing else lets the processor wait for many lookups at once), then add.
            var scanner = new WordScanner(text);
            Span<Token> batch = stackalloc Token[Batch];
            Span<WordStats> stats = stackalloc WordStats[Batch];
            Span<int> pairs = stackalloc int[Batch];
            Span<int> grams = stackalloc int[2 * Batch];
            const int Models = NgramBag.Models;
            Span<float> gramWeights = stackalloc float[2 * Batch * Models];
            Token previous = default;
            bool havePrevious = false;
            bool more = true;
            var sentence = new SentenceCursor(sentences);
            while (more && acc.Words < MaxWords)
            {
                int n = 0;
                while (n < Batch && (more = scanner.MoveNext()))
                {
                    batch[n++] = scanner.Current;
                }

                ulong previousHash = havePrevious ? previous.Hash : 0;
                for (int i = 0; i < n; i++)
                {
                    ulong h = batch[i].Hash;
                    bool afterWord = previousHash != 0;
                    ulong pair = afterWord ? WordHash.Pair(previousHash, h) : 0;
                    stats[i] = h == 0 ? default : lexicon.Stats[h];
                    pairs[i] = h == 0 || !afterWord ? 0 : lexicon.Pairs[pair];
                    if (bag)
                    {
                        int unigram = NgramBag.Unigram(h);
                        grams[2 * i] = unigram;
                        weights.AsSpan(unigram * Models, Models).CopyTo(gramWeights.Slice(2 * i * Models, Models));
                        int bigram = afterWord ? NgramBag.Bigram(pair) : -1;
                        grams[(2 * i) + 1] = bigram;
                        if (bigram >= 0)
                        {
                            weights.AsSpan(bigram * Models, Models).CopyTo(gramWeights.Slice(((2 * i) + 1) * Models, Models));
                        }
                    }

                    previousHash = h;
                }

                for (int i = 0; i < n && acc.Words < MaxWords; i++)
                {
                    var token = batch[i];
                    if (sentence.EntersNext(token.Start))
                    {
                        acc.EndSentence();
                    }

                    acc.Add(text, token, havePrevious ? previous : default, havePrevious, in stats[i], pairs[i], cues);
                    if (bag)
                    {
                        ngrams.Add(grams[2 * i], gramWeights.Slice(2 * i * Models, Models));
                        if (grams[(2 * i) + 1] >= 0)
                        {
                            ngrams.Add(grams[(2 * i) + 1], gramWeights.Slice(((2 * i) + 1) * Models, Models));
                        }
                    }

                    previous = token;
                    havePrevious = true;
                }
            }

            acc.EndSentence();
            int headings = CountTemplateHeadings(text, lines, cues);
            acc.Write(features, headings);
            for (int m = 0; m < Models; m++)
            {
                features[Count - Models + m] = bag ? (float)ngrams.Margin(m, lexicon.NgramBiases[m]) : 0;
            }
            return acc.Words;
        }
        finally
        {
            acc.Dispose();
            if (bag)
            {
                ngrams.Dispose();
            }
        }
    }

    private static int CountTemplateHeadings(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> lines, List<MachineCue>? cues)
    {
        int found = 0;
        Span<char> key = stackalloc char[64];
        foreach (var line in lines)
        {
            var content = TextScan.ContentOf(text, line);
            if (content.Length is 0 or > 60)
            {
                continue;
            }

            var s = text.Slice(content.Start, content.Length);
            int skip = 0;
            while (skip < s.Length && (char.IsDigit(s[skip]) || s[skip] is '#' or '.' or ')' or '*' or ' ' or '\t'))
            {
                skip++;
            }

            var body = s[skip..].TrimEnd(" \t*:");
            if (body.Length == 0 || body.Length > key.Length || body[^1] is '.' or '!' or '?' or ',')
            {
                continue;
            }

            int n = 0;
            bool space = false;
            foreach (char c in body)
            {
                if (char.IsLetter(c) || c is '\'' or '\u2019' or '-')
                {
                    if (space && n > 0)
                    {
                        key[n++] = ' ';
                    }

                    key[n++] = WordHash.Fold(c);
                    space = false;
                }
                else
                {
                    space = true;
                }

                if (n >= key.Length - 1)
                {
                    break;
                }
            }

            if (n > 0 && MachinePhrases.Headings.Contains(WordHash.Of(key[..n])))
            {
                found++;
                cues?.Add(new MachineCue(MachineCueKind.TemplateHeading, new TextSpan(content.Start + skip, body.Length), null));
            }
        }

        return found;
    }

    private static HashCountTable BuildRoles()
    {
        var roles = new Dictionary<ulong, int>();
        foreach (var (hash, index) in s_functionIndex)
        {
            roles[hash] = index + 1;
        }

        void Flag(ulong hash, int role) => roles[hash] = roles.GetValueOrDefault(hash) | role;
        foreach (var word in s_transitions)
        {
            Flag(WordHash.Of(word), RoleTransition);
        }

        foreach (var word in (string[])["said", "says", "told"])
        {
            Flag(WordHash.Of(word), RoleSaid);
        }

        foreach (ulong hash in MachinePhrases.ByLastWord.Keys)
        {
            Flag(hash, RolePhraseEnd);
        }

        return HashCountTable.Build(roles);
    }

    private static FrozenDictionary<ulong, int> BuildIndex(string[] words)
    {
        var index = new Dictionary<ulong, int>();
        foreach (var w in words)
        {
            index.Add(WordHash.Of(w), index.Count);
        }

        return index.ToFrozenDictionary();
    }

    /// <summary>Running sums over the tokens of one text.</summary>
    private struct Accumulator : IDisposable
    {
        private readonly NewsLexicon _lexicon;
        private HashTally _typeTally;
        private HashTally _trigramTally;
        private readonly int[] _functionCounts;
        private readonly ulong[] _recent;
        private readonly int[] _recentStarts;

        private int _recentCount;
        private int _recentNext;
        private int _hapax;
        private int _typesAt100;
        private int _repeatedTrigrams;
        private int _trigramCount;
        private ulong _h1;
        private ulong _h2;

        private int _sentences;
        private int _sentenceWords;
        private double _sentenceMean;
        private double _sentenceM2;
        private bool _sentenceStart;

        private long _wordLength;
        private int _longWords;
        private int _capitalised;
        private int _allCaps;
        private int _numbers;
        private int _comma, _semicolon, _colon, _dash, _paren, _quote, _question, _exclamation;
        private int _missingSpace, _spaceBefore;
        private int _stockStrong, _stockWeak;
        private int _codespell, _nearMiss, _unknown;
        private double _uniSum, _uniSum2;
        private int _uniCount, _rare;
        private int _pairsKnown, _pairsUnseen, _pairsCommon, _pairsCommonUnseen, _swapped;
        private double _pairSum, _pairSum2;
        private int _pairCount, _surprise;
        private int _contextPairs, _top, _nearTop;
        private int _transitions, _ly, _ing, _tion, _said;
        private WordStats _previousStats;

        /// <summary>Gets the outlet's house lists when they name words that are never misspellings; null otherwise.</summary>
        public Configuration.HouseStyle? House { get; init; }

        public Accumulator(NewsLexicon lexicon)
        {
            _lexicon = lexicon;
            _typeTally = new HashTally(InitialTally);
            _trigramTally = new HashTally(InitialTally);
            _functionCounts = ArrayPool<int>.Shared.Rent(s_functionIndex.Count);
            Array.Clear(_functionCounts, 0, s_functionIndex.Count);
            _recent = ArrayPool<ulong>.Shared.Rent(MachinePhrases.MaxWords);
            _recentStarts = ArrayPool<int>.Shared.Rent(MachinePhrases.MaxWords);
            _sentenceStart = true;
            Words = 0;
        }

        public int Words { get; private set; }

        public void Add(ReadOnlySpan<char> text, Token token, Token previous, bool havePrevious, in WordStats stats, int pair, List<MachineCue>? cues)
        {
            if (token.Kind == TokenKind.Punctuation)
            {
                AddPunctuation(text, token, previous, havePrevious, cues);
                return;
            }

            Words++;
            _sentenceWords++;
            var word = text.Slice(token.Start, token.Length);
            ulong h = token.Hash;
            bool adjacent = havePrevious && previous.Kind != TokenKind.Punctuation && token.SpaceBefore && !token.LineBreakBefore;
            bool sentenceStart = _sentenceStart;
            _sentenceStart = false;

            AddType(h);
            AddTrigram(h);

            if (token.Kind == TokenKind.Number)
            {
                _numbers++;
                ResetRecent();
            }
            else
            {
                AddWord(word, h, in stats, sentenceStart, cues, token, token.Start > 0 && text[token.Start - 1] is '&' or '#');
            }

            int count = stats.Count;
            double uni = stats.LogUnigram;
            _uniSum += uni;
            _uniSum2 += uni * uni;
            _uniCount++;
            if (count <= 2 && token.Kind == TokenKind.Word)
            {
                _rare++;
            }

            if (adjacent)
            {
                AddPair(text, previous, token, count, pair, cues);
            }

            _previousStats = stats;
        }

        public void EndSentence()
        {
            if (_sentenceWords > 0)
            {
                _sentences++;
                double delta = _sentenceWords - _sentenceMean;
                _sentenceMean += delta / _sentences;
                _sentenceM2 += delta * (_sentenceWords - _sentenceMean);
            }

            _sentenceWords = 0;
            _sentenceStart = true;
            ResetRecent();
        }

        /// <summary>
        /// The fixed features, in vector order: each name with how it is read from the counts (the words read, at least
        /// one, and the template headings counted), in one table so that names and values cannot drift apart.
        /// </summary>
        internal static readonly (string Name, FixedFeature Read)[] Fixed =
        [
            ("log_words", static (in Accumulator a, float w, int h) => MathF.Log(1 + a.Words)),
            ("sentence_words_mean", static (in Accumulator a, float w, int h) => (float)a._sentenceMean),
            ("sentence_words_cv", static (in Accumulator a, float w, int h) => a._sentences > 1 && a._sentenceMean > 0 ? (float)(Math.Sqrt(a._sentenceM2 / (a._sentences - 1)) / a._sentenceMean) : 0),
            ("log_sentences", static (in Accumulator a, float w, int h) => MathF.Log(1 + a._sentences)),
            ("word_length_mean", static (in Accumulator a, float w, int h) => a._wordLength / w),
            ("long_word_share", static (in Accumulator a, float w, int h) => a._longWords / w),
            ("ttr_first_100", static (in Accumulator a, float w, int h) => (a.Words >= 100 ? a._typesAt100 : a._typeTally.Count) / Math.Min(100f, w)),
            ("hapax_share", static (in Accumulator a, float w, int h) => a._hapax / w),
            ("repeated_trigram_share", static (in Accumulator a, float w, int h) => a._repeatedTrigrams / Math.Max(1f, a._trigramCount)),
            ("capitalised_share", static (in Accumulator a, float w, int h) => a._capitalised / w),
            ("all_caps_share", static (in Accumulator a, float w, int h) => a._allCaps / w),
            ("number_share", static (in Accumulator a, float w, int h) => a._numbers / w),
            ("comma_rate", static (in Accumulator a, float w, int h) => a._comma / w),
            ("semicolon_rate", static (in Accumulator a, float w, int h) => a._semicolon / w),
            ("colon_rate", static (in Accumulator a, float w, int h) => a._colon / w),
            ("dash_rate", static (in Accumulator a, float w, int h) => a._dash / w),
            ("parenthesis_rate", static (in Accumulator a, float w, int h) => a._paren / w),
            ("quote_rate", static (in Accumulator a, float w, int h) => a._quote / w),
            ("question_rate", static (in Accumulator a, float w, int h) => a._question / w),
            ("exclamation_rate", static (in Accumulator a, float w, int h) => a._exclamation / w),
            ("missing_space_rate", static (in Accumulator a, float w, int h) => 100 * a._missingSpace / w),
            ("space_before_rate", static (in Accumulator a, float w, int h) => 100 * a._spaceBefore / w),
            ("stock_strong_rate", static (in Accumulator a, float w, int h) => 100 * a._stockStrong / w),
            ("stock_weak_rate", static (in Accumulator a, float w, int h) => 100 * a._stockWeak / w),
            ("template_headings", static (in Accumulator a, float w, int h) => h),
            ("codespell_rate", static (in Accumulator a, float w, int h) => 100 * a._codespell / w),
            ("near_miss_rate", static (in Accumulator a, float w, int h) => 100 * a._nearMiss / w),
            ("unknown_word_rate", static (in Accumulator a, float w, int h) => 100 * a._unknown / w),
            ("unigram_logp_mean", static (in Accumulator a, float w, int h) => a._uniCount > 0 ? (float)(a._uniSum / a._uniCount) : 0),
            ("unigram_logp_sd", static (in Accumulator a, float w, int h) => a._uniCount > 1 ? (float)Math.Sqrt(Math.Max(0, (a._uniSum2 / a._uniCount) - Math.Pow(a._uniSum / a._uniCount, 2))) : 0),
            ("rare_word_share", static (in Accumulator a, float w, int h) => a._rare / w),
            ("pair_unseen_share", static (in Accumulator a, float w, int h) => a._pairsKnown > 0 ? a._pairsUnseen / (float)a._pairsKnown : 0),
            ("common_pair_unseen_share", static (in Accumulator a, float w, int h) => a._pairsCommon > 0 ? a._pairsCommonUnseen / (float)a._pairsCommon : 0),
            ("swapped_pair_rate", static (in Accumulator a, float w, int h) => 100 * a._swapped / w),
            ("pair_logp_mean", static (in Accumulator a, float w, int h) => a._pairCount > 0 ? (float)(a._pairSum / a._pairCount) : 0),
            ("pair_logp_sd", static (in Accumulator a, float w, int h) => a._pairCount > 1 ? (float)Math.Sqrt(Math.Max(0, (a._pairSum2 / a._pairCount) - Math.Pow(a._pairSum / a._pairCount, 2))) : 0),
            ("pair_surprise_share", static (in Accumulator a, float w, int h) => a._pairCount > 0 ? a._surprise / (float)a._pairCount : 0),
            ("top_follower_share", static (in Accumulator a, float w, int h) => a._contextPairs > 0 ? a._top / (float)a._contextPairs : 0),
            ("near_top_follower_share", static (in Accumulator a, float w, int h) => a._contextPairs > 0 ? a._nearTop / (float)a._contextPairs : 0),
            ("transition_start_share", static (in Accumulator a, float w, int h) => a._sentences > 0 ? a._transitions / (float)a._sentences : 0),
            ("ly_share", static (in Accumulator a, float w, int h) => a._ly / w),
            ("ing_share", static (in Accumulator a, float w, int h) => a._ing / w),
            ("tion_share", static (in Accumulator a, float w, int h) => a._tion / w),
            ("said_rate", static (in Accumulator a, float w, int h) => 100 * a._said / w),
        ];

        /// <summary>How one fixed feature is read from the counts.</summary>
        internal delegate float FixedFeature(in Accumulator a, float words, int headings);

        public readonly void Write(Span<float> f, int headings)
        {
            float words = Math.Max(1, Words);
            int k = 0;
            foreach (var (_, read) in Fixed)
            {
                f[k++] = read(in this, words, headings);
            }

            for (int i = 0; i < s_functionIndex.Count; i++)
            {
                f[k++] = 100 * _functionCounts[i] / words;
            }
        }

        public void Dispose()
        {
            _typeTally.Dispose();
            _trigramTally.Dispose();
            ArrayPool<int>.Shared.Return(_functionCounts);
            ArrayPool<ulong>.Shared.Return(_recent);
            ArrayPool<int>.Shared.Return(_recentStarts);
        }

        private void AddWord(ReadOnlySpan<char> word, ulong h, in WordStats stats, bool sentenceStart, List<MachineCue>? cues, Token token, bool entityName)
        {
            _wordLength += word.Length;
            if (word.Length >= 9)
            {
                _longWords++;
            }

            bool upper = char.IsUpper(word[0]);
            if (upper && !sentenceStart)
            {
                _capitalised++;
            }

            if (word.Length > 1 && upper && char.IsUpper(word[^1]))
            {
                _allCaps++;
            }

            int role = s_roles[h];
            if ((role & 0xFF) != 0)
            {
                _functionCounts[(role & 0xFF) - 1]++;
            }

            if (sentenceStart && (role & RoleTransition) != 0)
            {
                _transitions++;
            }

            if ((role & RoleSaid) != 0)
            {
                _said++;
            }

            if (word.Length > 4)
            {
                // Suffixes compared in ASCII lower case (| 0x20), one character at a time: cheaper than EndsWith with a comparer.
                char last = (char)(word[^1] | 0x20), second = (char)(word[^2] | 0x20), third = (char)(word[^3] | 0x20);
                if (second == 'l' && last == 'y')
                {
                    _ly++;
                }
                else if (third == 'i' && second == 'n' && last == 'g')
                {
                    _ing++;
                }
                else if (IsTion(word, last == 's' ? 1 : 0))
                {
                    _tion++;
                }
            }

            AddRecent(h, token.Start, token.End, (role & RolePhraseEnd) != 0, cues);

            // Misspellings: listed ones in any case; near misses of common words only in lower case (capitalised words are mostly
            // names). Entity names left in the text ("&quot;") are markup debris, not words: the markup signal reports them.
            if (entityName || (House is { } house && house.IsHouseWord(h)))
            {
                return;
            }

            if (stats.IsMisspelling)
            {
                string correction = _lexicon.Stats.Correction(stats);
                _codespell++;
                cues?.Add(new MachineCue(MachineCueKind.Misspelling, new TextSpan(token.Start, token.Length), MatchCase(word, correction)));
            }
            else if (!upper && word.Length >= 3 && stats.Count == 0 && !Spelling.IsKnown(_lexicon, word))
            {
                _unknown++;
                var nearest = Spelling.Nearest(_lexicon, word);
                if (nearest is not null)
                {
                    _nearMiss++;
                    cues?.Add(new MachineCue(MachineCueKind.Misspelling, new TextSpan(token.Start, token.Length), nearest));
                }
            }
        }

        private void AddPair(ReadOnlySpan<char> text, Token previous, Token token, int count, int pair, List<MachineCue>? cues)
        {
            var lexicon = _lexicon;
            var previousStats = _previousStats;
            int previousCount = previousStats.Count;
            double pUni = (count + 0.5) / (lexicon.TotalWords + (0.5 * lexicon.Words.Count));
            double p = pUni;
            if (previousCount > 0)
            {
                int followers = Math.Max(1, previousStats.Followers);
                double lambda = previousCount / (double)(previousCount + followers);
                p = (lambda * pair / previousCount) + ((1 - lambda) * pUni);
                _contextPairs++;
                int top = previousStats.TopFollower;
                if (pair > 0 && pair >= top)
                {
                    _top++;
                }

                if (pair > 0 && pair * 4 >= top)
                {
                    _nearTop++;
                }
            }

            double logp = Math.Log(p);
            _pairSum += logp;
            _pairSum2 += logp * logp;
            _pairCount++;
            if (logp < -12)
            {
                _surprise++;
            }

            if (previousCount > 0 && count > 0)
            {
                _pairsKnown++;
                if (pair == 0)
                {
                    _pairsUnseen++;
                }
            }

            if (previousCount >= CommonWordCount && count >= CommonWordCount && previous.Kind == TokenKind.Word && token.Kind == TokenKind.Word)
            {
                _pairsCommon++;
                if (pair == 0)
                {
                    _pairsCommonUnseen++;

                    // Names and headings (capitalised second words) are not swaps; everything else is judged by UsualPair.
                    string? usual = char.IsUpper(text[token.Start]) ? null : UsualPair(text, previous, token, previousCount, count);
                    if (usual is not null)
                    {
                        _swapped++;
                        cues?.Add(new MachineCue(MachineCueKind.SwappedWord, TextSpan.FromBounds(previous.Start, token.End), usual));
                    }
                }
            }
        }

        /// <summary>
        /// For a pair human news never uses, the pair it does use with a synonym of one of the words, if any. A spinner
        /// swaps a content word for a rarer synonym, so the swapped word must be a content word at most half as common
        /// as the synonym, and the usual pair must be well attested.
        /// </summary>
        private readonly string? UsualPair(ReadOnlySpan<char> text, Token previous, Token token, int previousCount, int count)
        {
            const int MinPairCount = 5;
            var lexicon = _lexicon;
            string? best = null;
            int bestCount = MinPairCount - 1;
            bool replaceSecond = false;
            if (token.Length >= 4 && count <= MaxSwappedCount && !s_functionIndex.ContainsKey(token.Hash) && lexicon.Synonyms.TryGetValue(token.Hash, out var second))
            {
                foreach (var s in second)
                {
                    ulong h = WordHash.Of(s);
                    int c = lexicon.Pairs[WordHash.Pair(previous.Hash, h)];
                    if (c > bestCount && lexicon.Words[h] >= 2 * count)
                    {
                        bestCount = c;
                        best = s;
                        replaceSecond = true;
                    }
                }
            }

            if (previous.Length >= 4 && previousCount <= MaxSwappedCount && !s_functionIndex.ContainsKey(previous.Hash) && !char.IsUpper(text[previous.Start]) && lexicon.Synonyms.TryGetValue(previous.Hash, out var first))
            {
                foreach (var s in first)
                {
                    ulong h = WordHash.Of(s);
                    int c = lexicon.Pairs[WordHash.Pair(h, token.Hash)];
                    if (c > bestCount && lexicon.Words[h] >= 2 * previousCount)
                    {
                        bestCount = c;
                        best = s;
                        replaceSecond = false;
                    }
                }
            }

            if (best is null)
            {
                return null;
            }

            var a = text.Slice(previous.Start, previous.Length);
            var b = text.Slice(token.Start, token.Length);
            return replaceSecond ? string.Concat(a, " ", MatchCase(b, best)) : string.Concat(MatchCase(a, best), " ", b);
        }

        private void AddPunctuation(ReadOnlySpan<char> text, Token token, Token previous, bool havePrevious, List<MachineCue>? cues)
        {
            char c = text[token.Start];
            switch (c)
            {
                case ',':
                    _comma++;
                    break;
                case ';':
                    _semicolon++;
                    break;
                case ':':
                    _colon++;
                    break;
                case '-' when token.SpaceBefore:
                case '\u2013':
                case '\u2014':
                    _dash++;
                    break;
                case '(':
                    _paren++;
                    break;
                case '"':
                case '\u201C':
                case '\u201D':
                    _quote++;
                    break;
                case '?':
                    _question++;
                    break;
                case '!':
                    _exclamation++;
                    break;
                default:
                    break;
            }

            if (c is not ('.' or '\'' or '\u2019'))
            {
                ResetRecent();
            }

            // "Sahel ," — a space before a mark that should follow its word.
            if (c is ',' or '.' or ';' or ':' or '!' or '?' && token.SpaceBefore && !token.LineBreakBefore && havePrevious && previous.Kind == TokenKind.Word
                && !(token.End < text.Length && text[token.End] == '.'))
            {
                _spaceBefore++;
                cues?.Add(new MachineCue(MachineCueKind.SpaceBefore, TextSpan.FromBounds(previous.Start, token.End), null));
            }

            // "priorities,this" and "priorities.This" — no space after the mark.
            if (c is ',' or '.' && !token.SpaceBefore && havePrevious && previous.Kind == TokenKind.Word && previous.Length > 1
                && token.End < text.Length && char.IsLetter(text[token.End])
                && (c != '.' || (char.IsUpper(text[token.End]) && char.IsLower(text[previous.End - 1]))))
            {
                int end = token.End;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }

                _missingSpace++;
                cues?.Add(new MachineCue(MachineCueKind.MissingSpace, TextSpan.FromBounds(previous.Start, end), null));
            }
        }

        /// <summary>Keeps the words since the last break in a ring of the longest phrase's length, and counts a stock phrase that ends here.</summary>
        private void AddRecent(ulong h, int start, int end, bool phraseEnd, List<MachineCue>? cues)
        {
            int max = MachinePhrases.MaxWords;
            _recentNext = _recentNext + 1 == max ? 0 : _recentNext + 1;
            _recent[_recentNext] = h;
            _recentStarts[_recentNext] = start;
            _recentCount = Math.Min(_recentCount + 1, max);
            if (!phraseEnd || !MachinePhrases.ByLastWord.TryGetValue(h, out var phrases))
            {
                return;
            }

            foreach (var phrase in phrases)
            {
                int n = phrase.Words.Length;
                if (n > _recentCount)
                {
                    continue;
                }

                // The i-th word from the end of the phrase sits i places back in the ring.
                bool match = true;
                for (int i = 1; i < n && match; i++)
                {
                    int at = _recentNext - i;
                    match = _recent[at < 0 ? at + max : at] == phrase.Words[n - 1 - i];
                }

                if (!match)
                {
                    continue;
                }

                if (phrase.Strong)
                {
                    _stockStrong++;
                    cues?.Add(new MachineCue(MachineCueKind.StockPhrase, TextSpan.FromBounds(_recentStarts[_recentNext - (n - 1) < 0 ? _recentNext - (n - 1) + max : _recentNext - (n - 1)], end), null));
                }
                else
                {
                    _stockWeak++;
                }

                // One phrase per stretch of words: "a testament to" is not also "testament to".
                ResetRecent();
                break;
            }
        }

        private void ResetRecent() => _recentCount = 0;

        private void AddType(ulong h)
        {
            int seen = _typeTally.Add(h);
            if (seen == 1)
            {
                _hapax++;
            }
            else if (seen == 2)
            {
                _hapax--;
            }

            if (Words == 100)
            {
                _typesAt100 = _typeTally.Count;
            }
        }

        private void AddTrigram(ulong h)
        {
            if (_h1 != 0 && _h2 != 0)
            {
                _trigramCount++;
                if (_trigramTally.Add(WordHash.Pair(WordHash.Pair(_h1, _h2), h)) > 1)
                {
                    _repeatedTrigrams++;
                }
            }

            _h1 = _h2;
            _h2 = h;
        }
    }

    /// <summary>Whether the word ends in "tion" before <paramref name="skip"/> final characters, in any case.</summary>
    private static bool IsTion(ReadOnlySpan<char> word, int skip)
    {
        int end = word.Length - skip;
        return end >= 4 && (word[end - 4] | 0x20) == 't' && (word[end - 3] | 0x20) == 'i' && (word[end - 2] | 0x20) == 'o' && (word[end - 1] | 0x20) == 'n';
    }

    /// <summary>Gives <paramref name="replacement"/> the capitalisation of <paramref name="original"/>.</summary>
    internal static string MatchCase(ReadOnlySpan<char> original, string replacement)
    {
        if (original.Length == 0 || replacement.Length == 0 || !char.IsUpper(original[0]))
        {
            return replacement;
        }

        return string.Concat(char.ToUpperInvariant(replacement[0]).ToString(), replacement.AsSpan(1));
    }
}
