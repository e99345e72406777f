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

    private static readonly string[] s_names =
    [
        "weight_sum_norm", "weight_mean", "weight_max", "weight_min", "weight_positive_share", "weight_negative_share",
        "pair_weight_sum_norm", "pair_weight_max", "known_share", "start_weight",
        "log_words", "word_length_mean", "numbers", "percent", "money", "scale_words", "number_words", "years", "dates",
        "time_cues", "superlatives", "comparatives", "than", "changes", "causal", "accusations", "names", "name_runs",
        "acronyms", "first_person", "we", "you", "question", "exclamation", "modals", "opinion_verbs", "negation",
        "quote_marks", "attribution_named", "attribution_vague", "hedge_score", "discourse_start", "courtesy",
        "past_ed_share", "past_irregular", "present_be", "interrupted", "policy_words",
    ];

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

        features.Clear();
        int words = 0, wordChars = 0, numbers = 0, years = 0, names = 0, nameRuns = 0, acronyms = 0, quotes = 0;
        int questions = 0, exclamations = 0, pastEd = 0, interrupted = 0;
        var roleCounts = new RoleCounts();
        double weightSum = 0, pairSum = 0, startWeight = 0;
        float weightMax = -10, weightMin = 10, pairMax = -10;
        int weighted = 0, positive = 0, negative = 0, keys = 0, known = 0;
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
                        questions++;
                        break;
                    case '!':
                        exclamations++;
                        break;
                    case '"' or '\u201C' or '\u201D':
                        quotes++;
                        break;
                    case '%':
                        roleCounts.Add(Role.Percent);
                        break;
                    case '$' or '£' or '€':
                        roleCounts.Add(Role.Money);
                        break;
                    case '-' or '\u2014' or '\u2026' or '.' when i == tokens.Length - 1 || (i + 1 < tokens.Length && text[tokens[i + 1].Start] is '-' or '.'):
                        // "They would have gone through a..." / "the --": speech broken off.
                        interrupted = 1;
                        break;
                }

                previousName = false;
            }
            else if (t.Kind == TokenKind.Number)
            {
                numbers++;
                if (t.Length == 4 && IsYear(text.Slice(t.Start, 4)))
                {
                    years++;
                }

                previousName = false;
            }
            else
            {
                words++;
                wordChars += t.Length;
                firstWord = firstWord < 0 ? i : firstWord;
                var word = text.Slice(t.Start, t.Length);
                var role = s_roles.TryGetValue(t.Hash, out int r) ? (Role)r : Role.None;
                if (role != Role.None)
                {
                    roleCounts.Add(role & ~Role.Discourse);
                    if ((role & Role.Discourse) != 0 && i == firstWord)
                    {
                        roleCounts.Add(Role.Discourse);
                    }
                }

                bool upper = char.IsUpper(word[0]);
                bool isName = upper && i != firstWord && !(t.Length == 1 && word[0] == 'I') && (role & (Role.FirstPerson | Role.Month)) == 0;
                if (isName)
                {
                    names++;
                    if (!previousName)
                    {
                        nameRuns++;
                    }
                }

                previousName = isName;
                if (t.Length >= 2 && IsAllUpper(word))
                {
                    acronyms++;
                }

                if (t.Length >= 4 && word[^1] == 'd' && word[^2] == 'e')
                {
                    pastEd++;
                }
            }

            if (key == 0)
            {
                continue;
            }

            // Unigram, then the pair with the token before.
            keys++;
            if (weights.TryGetWeight(key, out float w))
            {
                known++;
                Accumulate(w, ref weightSum, ref weightMax, ref weightMin, ref weighted, ref positive, ref negative);
            }

            if (pair != 0 && weights.TryGetWeight(pair, out float pw))
            {
                pairSum += pw;
                pairMax = Math.Max(pairMax, pw);
                Accumulate(pw, ref weightSum, ref weightMax, ref weightMin, ref weighted, ref positive, ref negative);
                if (afterStart)
                {
                    startWeight = pw;
                }
            }
        }

        float norm = 1 / MathF.Sqrt(Math.Max(1, keys));
        int f = 0;
        features[f++] = (float)weightSum * norm;
        features[f++] = weighted > 0 ? (float)(weightSum / weighted) : 0;
        features[f++] = weighted > 0 ? weightMax : 0;
        features[f++] = weighted > 0 ? weightMin : 0;
        features[f++] = keys > 0 ? positive / (float)keys : 0;
        features[f++] = keys > 0 ? negative / (float)keys : 0;
        features[f++] = (float)pairSum * norm;
        features[f++] = pairMax > -10 ? pairMax : 0;
        features[f++] = keys > 0 ? known / (float)keys : 0;
        features[f++] = (float)startWeight;

        features[f++] = MathF.Log(1 + words);
        features[f++] = words > 0 ? wordChars / (float)words : 0;
        features[f++] = numbers;
        features[f++] = roleCounts[Role.Percent];
        features[f++] = roleCounts[Role.Money];
        features[f++] = roleCounts[Role.Scale];
        features[f++] = roleCounts[Role.NumberWord];
        features[f++] = years;
        features[f++] = roleCounts[Role.Month];
        features[f++] = roleCounts[Role.TimeCue];
        features[f++] = roleCounts[Role.Superlative];
        features[f++] = roleCounts[Role.Comparative];
        features[f++] = roleCounts[Role.Than];
        features[f++] = roleCounts[Role.Change];
        features[f++] = roleCounts[Role.Causal];
        features[f++] = roleCounts[Role.Accusation];
        features[f++] = names;
        features[f++] = nameRuns;
        features[f++] = acronyms;
        features[f++] = roleCounts[Role.FirstPerson];
        features[f++] = roleCounts[Role.We];
        features[f++] = roleCounts[Role.You];
        features[f++] = questions;
        features[f++] = exclamations;
        features[f++] = roleCounts[Role.Modal];
        features[f++] = roleCounts[Role.Opinion];
        features[f++] = roleCounts[Role.Negation];
        features[f++] = quotes;
        features[f++] = cues.Attribution == AttributionKind.Named ? 1 : 0;
        features[f++] = cues.VagueSpan is null ? 0 : 1;
        features[f++] = cues.HedgeScore;
        features[f++] = roleCounts[Role.Discourse];
        features[f++] = roleCounts[Role.Courtesy];
        features[f++] = words > 0 ? pastEd / (float)words : 0;
        features[f++] = roleCounts[Role.PastIrregular];
        features[f++] = roleCounts[Role.PresentBe];
        features[f++] = interrupted;
        features[f++] = roleCounts[Role.Policy];
    }

    private static void Accumulate(float w, ref double sum, ref float max, ref float min, ref int count, ref int positive, ref int negative)
    {
        sum += w;
        max = Math.Max(max, w);
        min = Math.Min(min, w);
        count++;
        if (w >= StrongWeight)
        {
            positive++;
        }
        else if (w <= -StrongWeight)
        {
            negative++;
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
