using System.Collections.Frozen;
using Lingua;
using LinguaDetector = Lingua.LanguageDetector;

namespace SourceScore.Languages;

/// <summary>
/// Tells the language of an article from the opening of its text, with the language its page or feed declares as
/// evidence, not as the answer.
/// </summary>
/// <remarks>
/// <para>Most articles an English pipeline sees are English, so they take a fast path: one pass over the opening counts
/// the letters of each script and the Latin-script words that are English function words ("the", "of", "which",
/// "were"); English news has a quarter to a third of its words among them, other languages almost none. A text that is
/// Latin-script and has at least <see cref="EnglishMarkerShare"/> of them is English, at no other cost.</para>
/// <para>Every other text goes to Lingua (SearchPioneer.Lingua, Apache-2.0: a rule filter by script and alphabet, then
/// character n-gram models), restricted to the <see cref="NewsLanguages"/> and in its low-accuracy mode (trigram models
/// only: long texts lose nothing, memory stays small; models load lazily, for the candidates of the script found). When
/// Lingua's two best candidates are close and the declared language is one of them, the declared one is taken
/// (<see cref="ArticleLanguage.FromDeclaration"/>); a page declaring <c>lang="de"</c> over English text stays English.</para>
/// <para>A text with fewer than <see cref="MinLetters"/> letters is undetermined (the declared language, if any, is
/// taken, at confidence 0.5). Thread-safe.</para>
/// </remarks>
internal sealed class LanguageDetector
{
    /// <summary>The opening of the text that is read (characters): enough for any language, cheap on long pages.</summary>
    public const int SampleLength = 3000;

    /// <summary>The opening Lingua reads (characters, to the end of a word): its cost grows with the text, its accuracy stops growing long before.</summary>
    public const int LinguaSampleLength = 1000;

    /// <summary>Fewer letters than this and the language is undetermined.</summary>
    public const int MinLetters = 24;

    /// <summary>The share of Latin-script words that are English function words from which a text is English without further ado.</summary>
    public const double EnglishMarkerShare = 0.12;

    /// <summary>
    /// Distinct words (a Latin-script word, or a letter of another script) a text needs to be told at all: junk such as
    /// "line line line" or "&amp;amp;amp;" is in no language, though Lingua would name one.
    /// </summary>
    public const int MinDistinct = 6;

    /// <summary>Latin-script words the fast path needs before it decides.</summary>
    private const int MinWords = 6;

    /// <summary>The confidence the fast path gives: no text of the evaluation sample that took it was other than English (docs/languages.md).</summary>
    private const double FastPathConfidence = 0.99;

    /// <summary>How close (a share of the best's confidence) a declared language must come to be taken instead of the best.</summary>
    private const double DeclaredMargin = 0.5;

    /// <summary>The languages told apart: those news is published in widely enough to meet in a feed.</summary>
    internal static readonly Language[] NewsLanguages =
    [
        Language.English, Language.French, Language.Spanish, Language.German, Language.Portuguese, Language.Italian,
        Language.Dutch, Language.Polish, Language.Czech, Language.Slovak, Language.Swedish, Language.Danish, Language.Bokmal,
        Language.Finnish, Language.Romanian, Language.Hungarian, Language.Turkish, Language.Indonesian, Language.Vietnamese,
        Language.Catalan, Language.Croatian, Language.Slovene, Language.Lithuanian, Language.Latvian, Language.Estonian,
        Language.Albanian, Language.Tagalog, Language.Swahili, Language.Russian, Language.Ukrainian, Language.Bulgarian,
        Language.Serbian, Language.Macedonian, Language.Belarusian, Language.Kazakh, Language.Arabic, Language.Persian,
        Language.Urdu, Language.Greek, Language.Hebrew, Language.Hindi, Language.Marathi, Language.Bengali, Language.Tamil,
        Language.Thai, Language.Chinese, Language.Japanese, Language.Korean, Language.Georgian, Language.Armenian, Language.Welsh,
        Language.Irish, Language.Icelandic, Language.Basque,
    ];

    // English function words that are rare as words of the other Latin-script news languages ("in", "a", "on", "is",
    // "was", "die" are left out: German, Italian, French and Dutch have them).
    private static readonly FrozenSet<string> s_englishMarkers = FrozenSet.ToFrozenSet(
        [
            "the", "and", "of", "to", "that", "with", "from", "which", "said", "were", "this", "have", "has", "been", "their",
            "they", "would", "his", "are", "not", "but", "by", "it", "who", "its", "after", "about", "there", "when", "more",
            "than", "into", "should", "could", "what", "we", "you", "our", "will", "be", "had", "she", "he", "at", "or", "an",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_markerLookup = s_englishMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, Language> s_byCode =
        NewsLanguages.ToFrozenDictionary(CodeOf, StringComparer.Ordinal);

    private static readonly Lazy<LanguageDetector> s_shared = new(() => new LanguageDetector(lowAccuracy: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LinguaDetector> _lingua;

    /// <summary>Creates a detector (for the evaluation, which compares the two modes; the scorer uses <see cref="Shared"/>).</summary>
    /// <param name="lowAccuracy">Lingua's low-accuracy mode (trigram models only).</param>
    internal LanguageDetector(bool lowAccuracy)
    {
        _lingua = new(
            () =>
            {
                var builder = LanguageDetectorBuilder.FromLanguages(NewsLanguages);
                return (lowAccuracy ? builder.WithLowAccuracyMode() : builder).Build();
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the detector the scorer shares.</summary>
    public static LanguageDetector Shared => s_shared.Value;

    /// <summary>Tells the language of <paramref name="text"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="declared">The language the page or feed declares (<c>fr</c>, <c>fr-FR</c>, <c>fr_FR</c>), or <see langword="null"/>.</param>
    public ArticleLanguage Detect(ReadOnlySpan<char> text, string? declared)
    {
        var sample = Sample(text);
        string? declaredCode = Normalise(declared);
        var counts = Count(sample);
        if (counts.Letters < MinLetters || counts.Distinct < MinDistinct)
        {
            return Untold(declaredCode);
        }

        if (counts.Latin * 10 >= counts.Letters * 6 && counts.Words >= MinWords && counts.Markers >= EnglishMarkerShare * counts.Words)
        {
            return new ArticleLanguage("en", FastPathConfidence);
        }

        return Lingua(Cut(sample, LinguaSampleLength), declaredCode);
    }

    /// <summary>Gets the English name of a language code ("French"), or "undetermined".</summary>
    public static string NameOf(string code) => code switch
    {
        ArticleLanguage.UndeterminedCode => "undetermined",
        "nb" or "no" => "Norwegian",
        _ when s_byCode.TryGetValue(code, out var language) => language.ToString(),
        _ => code,
    };

    /// <summary>The ISO 639-1 code of a declared language tag (<c>pt-BR</c> → <c>pt</c>), or <see langword="null"/> when it names none.</summary>
    internal static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        int cut = span.IndexOfAny('-', '_');
        var primary = cut < 0 ? span : span[..cut];
        if (primary.Length != 2 || !char.IsAsciiLetter(primary[0]) || !char.IsAsciiLetter(primary[1]))
        {
            return null;
        }

        string code = primary.ToString().ToLowerInvariant();
        return code == "no" ? "nb" : code;
    }

    private ArticleLanguage Lingua(ReadOnlySpan<char> sample, string? declared)
    {
        var values = _lingua.Value.ComputeLanguageConfidenceValues(sample.ToString());
        Language? declaredLanguage = declared is not null && s_byCode.TryGetValue(declared, out var known) ? known : null;
        Language best = Language.Unknown;
        double bestValue = 0, declaredValue = 0;
        foreach (var (language, value) in values)
        {
            if (value > bestValue)
            {
                (best, bestValue) = (language, value);
            }

            if (language == declaredLanguage)
            {
                declaredValue = value;
            }
        }

        if (best == Language.Unknown || bestValue <= 0)
        {
            return Untold(declared);
        }

        string bestCode = CodeOf(best);
        if (declared is not null && declared != bestCode && declaredValue >= DeclaredMargin * bestValue)
        {
            return new ArticleLanguage(declared, Math.Round(declaredValue, 3)) { FromDeclaration = true };
        }

        return new ArticleLanguage(bestCode, Math.Round(bestValue, 3));
    }

    /// <summary>A text that cannot be told: the declared language at confidence 0.5 when there is one, else undetermined.</summary>
    private static ArticleLanguage Untold(string? declared) =>
        declared is null ? ArticleLanguage.Undetermined : new ArticleLanguage(declared, 0.5) { FromDeclaration = true };

    private static string CodeOf(Language language) => language.IsoCode6391().ToString().ToLowerInvariant();

    /// <summary>The opening <see cref="SampleLength"/> characters, not cutting a surrogate pair.</summary>
    private static ReadOnlySpan<char> Sample(ReadOnlySpan<char> text)
    {
        if (text.Length <= SampleLength)
        {
            return text;
        }

        int end = char.IsHighSurrogate(text[SampleLength - 1]) ? SampleLength - 1 : SampleLength;
        return text[..end];
    }

    private readonly record struct Counts(int Letters, int Latin, int Words, int Markers, int Distinct);

    /// <summary>The first <paramref name="length"/> characters or so, to the end of the word there.</summary>
    private static ReadOnlySpan<char> Cut(ReadOnlySpan<char> text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        int end = length;
        while (end < text.Length && end < length + 40 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return char.IsHighSurrogate(text[end - 1]) ? text[..(end - 1)] : text[..end];
    }

    /// <summary>
    /// Letters, Latin letters, Latin-script words, English marker words and (roughly: a 256-bit set of hashes) distinct
    /// words of the sample, in one pass.
    /// </summary>
    private static Counts Count(ReadOnlySpan<char> sample)
    {
        int letters = 0, latin = 0, words = 0, markers = 0;
        Span<ulong> seen = stackalloc ulong[4];
        seen.Clear();
        int i = 0;
        while (i < sample.Length)
        {
            char c = sample[i];
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }

            if (!IsLatin(c))
            {
                letters++;
                Mark(seen, (uint)c * 2654435761u);
                i++;
                continue;
            }

            int start = i;
            while (i < sample.Length && IsLatin(sample[i]))
            {
                i++;
            }

            int length = i - start;
            letters += length;
            latin += length;
            words++;
            Mark(seen, (uint)string.GetHashCode(sample.Slice(start, length), StringComparison.OrdinalIgnoreCase));
            if (length <= 6 && s_markerLookup.Contains(sample.Slice(start, length)))
            {
                markers++;
            }
        }

        int distinct = 0;
        foreach (ulong bits in seen)
        {
            distinct += System.Numerics.BitOperations.PopCount(bits);
        }

        return new Counts(letters, latin, words, markers, distinct);

        static void Mark(Span<ulong> seen, uint hash)
        {
            int bit = (int)(hash >> 24);
            seen[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    private static bool IsLatin(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F' && c is not '\u00D7' and not '\u00F7') || (c >= '\u1E00' && c <= '\u1EFF');
}
