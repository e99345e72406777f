namespace SourceScore;

/// <summary>The language an article is written in, as the scorer told it from the text and any declared language.</summary>
/// <param name="Code">The ISO 639-1 code (<c>en</c>, <c>fr</c>, …), or <c>und</c> when the text is too short to tell.</param>
/// <param name="Confidence">How sure the detection is, in [0, 1]; 0 when undetermined.</param>
/// <remarks>
/// An undetermined article is judged as English (every signal runs), since the library's models were trained on English
/// news. Immutable and thread-safe.
/// </remarks>
public sealed record ArticleLanguage(string Code, double Confidence)
{
    /// <summary>The code of a text whose language cannot be told (ISO 639-2's "undetermined").</summary>
    public const string UndeterminedCode = "und";

    /// <summary>Gets the language of a text too short to tell.</summary>
    public static ArticleLanguage Undetermined { get; } = new(UndeterminedCode, 0);

    /// <summary>Gets whether the language could not be told.</summary>
    public bool IsUndetermined => Code == UndeterminedCode;

    /// <summary>Gets whether the article is judged as English: it is English, or its language could not be told.</summary>
    public bool IsJudgedAsEnglish => Code is "en" or UndeterminedCode;

    /// <summary>Gets whether a language the page or feed declared decided between close candidates (the text alone did not).</summary>
    public bool FromDeclaration { get; init; }

    /// <summary>Gets the language's English name ("French"), or "undetermined".</summary>
    public string Name => Languages.LanguageDetector.NameOf(Code);
}
