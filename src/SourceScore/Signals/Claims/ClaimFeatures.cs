using SourceScore.Models;
using SourceScore.Text;

namespace SourceScore.Signals.Claims;

/// <summary>
/// The features the check-worthiness model reads for one sentence, from its tokens (scanned once by the
/// caller) and its attribution cues: the learned word and word-pair weights summed several ways, and the
/// marks of a factual claim that can be checked — figures, percentages, money, years and dates, scale words,
/// superlatives and comparisons, changes ("rose", "doubled"), causes, accusations, names by shape — against
/// the marks of talk that cannot — first and second person, opinion verbs, modals, questions, courtesies.
/// Training and serving both call <see cref="Extract"/>; <see cref="SchemaVersion"/> changes whenever the
/// vector does. The sentence's place in its article is left out on purpose: the training data is speech
/// (debate lines), and each sentence is judged on its own. Allocation-free; thread-safe.
/// </summary>
internal static class ClaimFeatures
{
    public const int SchemaVersion = 1;

    /// <summary>Weight from which a word or pair counts as a strong sign either way.</summary>
    public const float StrongWeight = 0.7f;

    /// <summary>
    /// The features, in vector order: each name with how it is read from what <see cref="Extract"/> counted in the
    /// sentence, in one table so that names and values cannot drift apart.
    /// </summary>
    private static readonly (string Name, Feature Read)[] s_features =
    [
        ("weight_sum_norm", static (in Reading r) => (float)r.WeightSum * r.Norm),
        ("weight_mean", static (in Reading r) => r.Weighted > 0 ? (float)(r.WeightSum / r.Weighted) : 0),
        ("weight_max", static (in Reading r) => r.Weighted > 0 ? r.WeightMax : 0),
        ("weight_min", static (in Reading r) => r.Weighted > 0 ? r.WeightMin : 0),
        ("weight_positive_share", static (in Reading r) => r.Keys > 0 ? r.Positive / (float)r.Keys : 0),
        ("weight_negative_share", static (in Reading r) => r.Keys > 0 ? r.Negative / (float)r.Keys : 0),
        ("pair_weight_sum_norm", static (in Reading r) => (float)r.PairSum * r.Norm),
        ("pair_weight_max", static (in Reading r) => r.PairMax > -10 ? r.PairMax : 0),
        ("known_share", static (in Reading r) => r.Keys > 0 ? r.Known / (float)r.Keys : 0),
        ("start_weight", static (in Reading r) => (float)r.StartWeight),
        ("log_words", static (in Reading r) => MathF.Log(1 + r.Words)),
        ("word_length_mean", static (in Reading r) => r.Words > 0 ? r.WordChars / (float)r.Words : 0),
        ("numbers", static (in Reading r) => r.Numbers),
        ("percent", static (in Reading r) => r.Roles[Role.Percent]),
        ("money", static (in Reading r) => r.Roles[Role.Money]),
        ("scale_words", static (in Reading r) => r.Roles[Role.Scale]),
        ("number_words", static (in Reading r) => r.Roles[Role.NumberWord]),
        ("years", static (in Reading r) => r.Years),
        ("dates", static (in Reading r) => r.Roles[Role.Month]),
        ("time_cues", static (in Reading r) => r.Roles[Role.TimeCue]),
        ("superlatives", static (in Reading r) => r.Roles[Role.Superlative]),
        ("comparatives", static (in Reading r) => r.Roles[Role.Comparative]),
        ("than", static (in Reading r) => r.Roles[Role.Than]),
        ("changes", static (in Reading r) => r.Roles[Role.Change]),
        ("causal", static (in Reading r) => r.Roles[Role.Causal]),
        ("accusations", static (in Reading r) => r.Roles[Role.Accusation]),
        ("names", static (in Reading r) => r.Names),
        ("name_runs", static (in Reading r) => r.NameRuns),
        ("acronyms", static (in Reading r) => r.Acronyms),
        ("first_person", static (in Reading r) => r.Roles[Role.FirstPerson]),
        ("we", static (in Reading r) => r.Roles[Role.We]),
        ("you", static (in Reading r) => r.Roles[Role.You]),
        ("question", static (in Reading r) => r.Questions),
        ("exclamation", static (in Reading r) => r.Exclamations),
        ("modals", static (in Reading r) => r.Roles[Role.Modal]),
        ("opinion_verbs", static (in Reading r) => r.Roles[Role.Opinion]),
        ("negation", static (in Reading r) => r.Roles[Role.Negation]),
        ("quote_marks", static (in Reading r) => r.Quotes),
        ("attribution_named", static (in Reading r) => r.AttributionNamed ? 1 : 0),
        ("attribution_vague", static (in Reading r) => r.AttributionVague ? 1 : 0),
        ("hedge_score", static (in Reading r) => r.HedgeScore),
        ("discourse_start", static (in Reading r) => r.Roles[Role.Discourse]),
        ("courtesy", static (in Reading r) => r.Roles[Role.Courtesy]),
        ("past_ed_share", static (in Reading r) => r.Words > 0 ? r.PastEd / (float)r.Words : 0),
        ("past_irregular", static (in Reading r) => r.Roles[Role.PastIrregular]),
        ("present_be", static (in Reading r) => r.Roles[Role.PresentBe]),
        ("interrupted", static (in Reading r) => r.Interrupted),
        ("policy_words", static (in Reading r) => r.Roles[Role.Policy]),
    ];

    private static readonly string[] s_names = [.. s_features.Select(f => f.Name)];

    private delegate float Feature(in Reading reading);

    // Word roles, one probe a word.
    [Flags]
    private enum Role
    {
        None = 0,
        Scale = 1 << 0,
        NumberWord = 1 << 1,
        Month = 1 << 2,
        TimeCue = 1 << 3,
        Superlative = 1 << 4,
        Comparative = 1 << 5,
        Change = 1 << 6,
        Causal = 1 << 7,
        Accusation = 1 << 8,
        FirstPerson = 1 << 9,
        We = 1 << 10,
        You = 1 << 11,
        Modal = 1 << 12,
        Opinion = 1 << 13,
        Negation = 1 << 14,
        Discourse = 1 << 15,
        Courtesy = 1 << 16,
        PastIrregular = 1 << 17,
        PresentBe = 1 << 18,
        Percent = 1 << 19,
        Money = 1 << 20,
        Than = 1 << 21,
        Policy = 1 << 22,
    }

    private static readonly HashTable<int> s_roles = BuildRoles();

    /// <summary>The hash the weights use for the start of a sentence (paired with its first word).</summary>
    public static readonly ulong StartHash = WordHash.Of("<s>");

    /// <summary>The hashes of the punctuation that the weights learn as words: <c>%</c>, <c>$</c>, <c>?</c>.</summary>
    public static readonly ulong PercentHash = WordHash.Of("%");

    public static readonly ulong DollarHash = WordHash.Of("$");

    public static readonly ulong QuestionHash = WordHash.Of("?");

    /// <summary>Gets the number of features.</summary>
    public static int Count => s_names.Length;

    /// <summary>Gets the stamp a model trained on these features carries (<see cref="Models.ModelStamp"/>).</summary>
    public static Models.ModelStamp Stamp => new("claims", SchemaVersion, Count);

    /// <summary>Gets the feature names, in vector order (for the model card and inspection).</summary>
    public static IReadOnlyList<string> Names => s_names;

    /// <summary>
    /// The hash under which a token enters the word weights: words and numbers by their hash, <c>%</c>,
    /// <c>$</c> and <c>?</c> as words, other punctuation not at all (0).
    /// </summary>
    public static ulong KeyOf(ReadOnlySpan<char> text, in Token token) => token.Kind switch
    {
        TokenKind.Punctuation => text[token.Start] switch
        {
            '%' => PercentHash,
            '$' or '£' or '€' => DollarHash,
            '?' => QuestionHash,
            _ => 0,
        },
        _ => token.Hash,
    };

    /// <summary>
    /// The keys under which the tokens of a sentence enter the word weights, token by token: the token's own key,
    /// and its pair with the token before (the first word pairs with the start of the sentence; punctuation other
    /// than <c>%</c>, <c>$</c> and <c>?</c> breaks the chain). Training counts these keys and <see cref="Extract"/>
    /// looks them up, so both read the same keys.
    /// </summary>
    public struct KeyChain
    {
        private ulong _previous;

        public KeyChain() => _previous = StartHash;

        /// <summary>Moves past <paramref name="token"/>.</summary>
        /// <returns>Its key (0: it has none and breaks the chain), its pair key (0: none), and whether the pair is with the start of the sentence.</returns>
        public (ulong Key, ulong Pair, bool AfterStart) Next(ReadOnlySpan<char> text, in Token token)
        {
            ulong key = KeyOf(text, token), previous = _previous;
            _previous = key;
            return key == 0 || previous == 0 ? (key, 0, false) : (key, WordHash.Pair(previous, key), previous == StartHash);
        }
    }

    /// <summary>
    /// Writes the features of the sentence whose tokens are <paramref name="tokens"/> (offsets into
    /// <paramref name="text"/>) into <paramref name="features"/> (length <see cref="Count"/>).
    /// </summary>
    public static void Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, in SentenceCues cues, ClaimWeights weights, Span<float> features)
    {
        if (features.Length != Count)
        {
            throw new ArgumentException($"The feature buffer must have {Count} elements.", nameof(features));
        }

        var r = new Reading
        {
            WeightMax = -10,
            WeightMin = 10,
            PairMax = -10,
            AttributionNamed = cues.Attribution == AttributionKind.Named,
            AttributionVague = cues.VagueSpan is not null,
            HedgeScore = cues.HedgeScore,
        };
        bool previousName = false;
        int firstWord = -1;
        var chain = new KeyChain();

        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var (key, pair, afterStart) = chain.Next(text, t);
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = text[t.Start];
                switch (c)
                {
                    case '?':
                        r.Questions++;
                        break;
                    case '!':
                        r.Exclamations++;
                        break;
                    case '"' or '\u201C' or '\u201D':
                        r.Quotes++;
                        break;
                    case '%':
                        r.Roles.Add(Role.Percent);
                        break;
                    case '$' or '£' or '€':
                        r.Roles.Add(Role.Money);
                        break;
                    case '-' or '\u2014' or '\u2026' or '.' when i == tokens.Length - 1 || (i + 1 < tokens.Length && text[tokens[i + 1].Start] is '-' or '.'):
                        // "They would have gone through a..." / "the --": speech broken off.
                        r.Interrupted = 1;
                        break;
                }

                previousName = false;
            }
            else if (t.Kind == TokenKind.Number)
            {
                r.Numbers++;
                if (t.Length == 4 && IsYear(text.Slice(t.Start, 4)))
                {
                    r.Years++;
                }

                previousName = false;
            }
            else
            {
                r.Words++;
                r.WordChars += t.Length;
                firstWord = firstWord < 0 ? i : firstWord;
                var word = text.Slice(t.Start, t.Length);
                var role = s_roles.TryGetValue(t.Hash, out int found) ? (Role)found : Role.None;
                if (role != Role.None)
                {
                    r.Roles.Add(role & ~Role.Discourse);
                    if ((role & Role.Discourse) != 0 && i == firstWord)
                    {
                        r.Roles.Add(Role.Discourse);
                    }
                }

                bool upper = char.IsUpper(word[0]);
                bool isName = upper && i != firstWord && !(t.Length == 1 && word[0] == 'I') && (role & (Role.FirstPerson | Role.Month)) == 0;
                if (isName)
                {
                    r.Names++;
                    if (!previousName)
                    {
                        r.NameRuns++;
                    }
                }

                previousName = isName;
                if (t.Length >= 2 && IsAllUpper(word))
                {
                    r.Acronyms++;
                }

                if (t.Length >= 4 && word[^1] == 'd' && word[^2] == 'e')
                {
                    r.PastEd++;
                }
            }

            if (key == 0)
            {
                continue;
            }

            // Unigram, then the pair with the token before.
            r.Keys++;
            if (weights.TryGetWeight(key, out float w))
            {
                r.Known++;
                r.Accumulate(w);
            }

            if (pair != 0 && weights.TryGetWeight(pair, out float pw))
            {
                r.PairSum += pw;
                r.PairMax = Math.Max(r.PairMax, pw);
                r.Accumulate(pw);
                if (afterStart)
                {
                    r.StartWeight = pw;
                }
            }
        }

        r.Norm = 1 / MathF.Sqrt(Math.Max(1, r.Keys));
        for (int f = 0; f < s_features.Length; f++)
        {
            features[f] = s_features[f].Read(in r);
        }
    }

    /// <summary>What <see cref="Extract"/> counts in a sentence, and the cues it was given; the features are read from it.</summary>
    private struct Reading
    {
        public int Words, WordChars, Numbers, Years, Names, NameRuns, Acronyms, Quotes, Questions, Exclamations, PastEd, Interrupted;
        public RoleCounts Roles;
        public double WeightSum, PairSum, StartWeight;
        public float WeightMax, WeightMin, PairMax, Norm, HedgeScore;
        public int Weighted, Positive, Negative, Keys, Known;
        public bool AttributionNamed, AttributionVague;

        /// <summary>Adds a word's or a pair's weight to the sum, the extremes and the strong-sign counts.</summary>
        public void Accumulate(float w)
        {
            WeightSum += w;
            WeightMax = Math.Max(WeightMax, w);
            WeightMin = Math.Min(WeightMin, w);
            Weighted++;
            if (w >= StrongWeight)
            {
                Positive++;
            }
            else if (w <= -StrongWeight)
            {
                Negative++;
            }
        }
    }

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        ((digits[0] == '1' && digits[1] is '7' or '8' or '9') || (digits[0] == '2' && digits[1] == '0'))
        && char.IsAsciiDigit(digits[2]) && char.IsAsciiDigit(digits[3]);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c != '\'')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts of each role in one sentence.</summary>
    private struct RoleCounts
    {
        private RoleBuffer _counts;

        public readonly int this[Role role] => _counts[System.Numerics.BitOperations.TrailingZeroCount((int)role)];

        public void Add(Role roles)
        {
            int bits = (int)roles;
            while (bits != 0)
            {
                _counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                bits &= bits - 1;
            }
        }
    }

    [System.Runtime.CompilerServices.InlineArray(24)]
    private struct RoleBuffer
    {
        private int _element;
    }

    private static HashTable<int> BuildRoles()
    {
        var roles = new Dictionary<ulong, int>();
        void Add(Role role, params string[] words)
        {
            foreach (var word in words)
            {
                ulong h = WordHash.Of(word);
                roles[h] = roles.GetValueOrDefault(h) | (int)role;
            }
        }

        Add(Role.Scale, "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens");
        Add(Role.NumberWord, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "half", "twice", "third", "quarter", "double",
            "triple", "single", "zero", "once");
        Add(Role.Percent, "percent", "per", "percentage", "percentages");
        Add(Role.Money, "dollars", "dollar", "cents", "pounds", "euros", "budget", "taxes", "tax", "deficit", "debt", "spending", "cost", "costs", "paid", "pay", "wage", "wages", "income", "funding");
        Add(Role.Month, "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");
        Add(Role.TimeCue, "since", "ago", "year", "years", "decade", "decades", "century", "yesterday", "today", "last", "first", "record", "annually", "monthly", "week", "weeks", "month", "months", "during", "until");
        Add(Role.Superlative, "most", "least", "best", "worst", "largest", "biggest", "highest", "lowest", "greatest", "fastest", "smallest",
            "strongest", "weakest", "richest", "poorest", "deadliest", "longest", "shortest", "oldest", "youngest", "only", "ever", "never",
            "every", "all", "entire", "unprecedented", "record");
        Add(Role.Comparative, "more", "less", "fewer", "higher", "lower", "larger", "bigger", "smaller", "greater", "better", "worse", "faster",
            "slower", "stronger", "weaker", "cheaper", "richer", "poorer", "above", "below", "over", "under", "compared", "versus");
        Add(Role.Than, "than");
        Add(Role.Change, "increased", "increase", "increases", "decreased", "decrease", "rose", "risen", "rise", "fell", "fallen", "dropped", "drop",
            "grew", "grown", "growth", "doubled", "tripled", "quadrupled", "halved", "cut", "cuts", "raised", "lowered", "lost", "gained", "created",
            "added", "reduced", "declined", "decline", "expanded", "shrank", "soared", "plunged", "surged", "jumped", "climbed");
        Add(Role.Causal, "because", "caused", "causes", "cause", "due", "result", "resulted", "results", "led", "leads", "therefore", "consequently",
            "thanks", "blame", "blamed", "responsible", "effect", "impact");
        Add(Role.Accusation, "lied", "lie", "lies", "voted", "vote", "votes", "opposed", "supported", "stole", "fraud", "corrupt", "corruption",
            "failed", "refused", "blocked", "killed", "attacked", "accused", "illegal", "illegally", "violated", "cheated", "scandal", "bribe",
            "bribes", "destroyed", "abandoned", "betrayed", "approved", "signed", "vetoed", "sponsored", "funded", "banned");
        Add(Role.FirstPerson, "i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd");
        Add(Role.We, "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "let's");
        Add(Role.You, "you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd");
        Add(Role.Modal, "will", "would", "should", "could", "must", "can", "shall", "going", "gonna", "might", "may", "need", "needs", "ought", "won't", "wouldn't", "can't", "shouldn't");
        Add(Role.Opinion, "think", "believe", "feel", "hope", "want", "wish", "guess", "suppose", "love", "like", "hate", "agree", "disagree", "know", "mean", "understand", "fight", "proud");
        Add(Role.Negation, "not", "no", "never", "nothing", "none", "nobody", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "won't", "can't");
        Add(Role.Discourse, "well", "so", "and", "but", "now", "look", "yes", "no", "okay", "ok", "oh", "thank", "thanks", "let", "listen", "again", "first", "second", "secondly", "finally", "sir", "senator", "governor", "mr", "right", "absolutely");
        Add(Role.Courtesy, "thank", "thanks", "welcome", "applause", "laughter", "hello", "congratulations", "honored", "honoured", "pleasure", "ladies", "gentlemen", "folks", "please", "sorry", "question", "answer", "debate", "minutes", "seconds");
        Add(Role.PastIrregular, "was", "were", "had", "did", "made", "went", "took", "gave", "came", "became", "began", "won", "lost", "paid", "sold", "bought", "spent", "left", "built", "brought", "put", "said", "told", "got");
        Add(Role.PresentBe, "is", "are", "has", "have", "am", "it's", "there's", "that's");
        Add(Role.Policy, "law", "laws", "bill", "bills", "act", "jobs", "unemployment", "economy", "crime", "health", "insurance", "security",
            "immigration", "immigrants", "border", "military", "troops", "nuclear", "energy", "oil", "trade", "deal", "treaty", "war",
            "country", "nation", "states", "state", "government", "federal", "congress", "senate", "administration", "program", "percent",
            "population", "people", "workers", "families", "children", "students", "schools", "education", "medicare", "medicaid", "welfare");
        return new HashTable<int>(roles.ToList());
    }
}
