using SourceScore.Scoring;

namespace SourceScore;

/// <summary>
/// What a check sees of one article, and where it reports findings. The context applies the scorer's
/// severity overrides, suppressions and per-rule caps, so checks never have to.
/// </summary>
/// <remarks>
/// A context belongs to one article being scored on one thread; the scorer pools and reuses it, so a
/// check must not keep a reference to it after <see cref="ICheck.Run"/> returns. Not thread-safe.
/// </remarks>
public sealed class CheckContext
{
    private readonly List<Finding> _findings = new(32);
    private readonly List<Finding> _suppressedFindings = [];
    private ScorerSettings _settings = null!;
    private ScoringProfile _profile = null!;
    private SourceScore.Text.InlineSuppressions? _inline;
    private readonly List<TextSpan> _houseLines = [];
    private bool _houseLinesRead;
    private Article _article = null!;
    private int[] _ruleCounts = [];
    private int[] _ruleChars = [];
    private int _scanLength;
    private SourceScore.Text.LineIndex _lines = null!;
    private readonly double[] _risks = new double[8];
    private readonly List<TextSpan> _truncatedSentences = [];
    private bool _sentencesSplit;
    private readonly List<SourceScore.Text.PageFurniture.Piece> _furniture = [];
    private bool _furnitureRead;

    /// <summary>What the signals' checks concluded about the article, one object of each type (<see cref="StateOf{T}"/>).</summary>
    private readonly List<object> _states = [];

    internal CheckContext()
    {
    }

    /// <summary>Gets the article being checked.</summary>
    public Article Article => _article;

    /// <summary>
    /// Gets the article's language, told once per article from the opening of its text, with the language its page or
    /// feed declares as evidence. A check whose rules only English-only signals read does not run on other languages; a
    /// check that reads several (bylines, boilerplate) picks its word lists by this.
    /// </summary>
    public ArticleLanguage Language => _article.Language;

    /// <summary>Gets the part of <see cref="SourceScore.Article.Text"/> that checks read (all of it, unless it is longer than <see cref="ScorerOptions.MaxTextLength"/>).</summary>
    public ReadOnlySpan<char> Text => _article.Text.AsSpan(0, _scanLength);

    /// <summary>Gets the lines of <see cref="Text"/>, each without its terminator.</summary>
    public ReadOnlySpan<TextSpan> Lines => _lines.Spans;

    /// <summary>Gets the sentences of <see cref="Text"/>, split once per article and shared by the checks that read sentences.</summary>
    internal ReadOnlySpan<TextSpan> Sentences
    {
        get
        {
            bool markers = _inline is { Markers.Count: > 0 };
            if (!IsTruncated && !markers)
            {
                return _article.Views.Sentences;
            }

            if (!_sentencesSplit)
            {
                if (IsTruncated)
                {
                    SourceScore.Text.SentenceSplitter.Split(Text, _truncatedSentences);
                }
                else
                {
                    _truncatedSentences.AddRange(_article.Views.Sentences);
                }

                // The editor's suppression comments are instructions, not sentences of the article (nor attributions).
                if (markers)
                {
                    _truncatedSentences.RemoveAll(_inline!.InMarker);
                }

                _sentencesSplit = true;
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_truncatedSentences);
        }
    }

    /// <summary>Gets or sets the per-sentence view the claims check computed (empty when the claims signal is not configured).</summary>
    internal IReadOnlyList<ClaimSentence> ClaimSentences { get; set; } = [];

    /// <summary>Gets or sets the earlier article from another source this one was copied or reworded from, if a check found one.</summary>
    internal CopyOrigin? CopiedFrom { get; set; }

    /// <summary>Gets or sets the article's place in a stream's ordered cross-source step (null when scored alone).</summary>
    internal SequenceTicket? Ticket { get; set; }

    /// <summary>Gets the token that cancels scoring; long checks should look at it now and then.</summary>
    public CancellationToken CancellationToken { get; private set; }

    internal IReadOnlyList<Finding> Findings => _findings;

    internal ScorerSettings Settings => _settings;

    /// <summary>Reports one finding of <paramref name="rule"/> at <paramref name="span"/>.</summary>
    /// <param name="rule">One of the rules the reporting check declares.</param>
    /// <param name="span">Where the problem is; must lie inside <see cref="Text"/>.</param>
    /// <param name="args">The arguments of the rule's message format.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is outside <see cref="Text"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="rule"/> was not declared by any check of this scorer.</exception>
    public void Report(Rule rule, TextSpan span, params ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (span.Start < 0 || span.Length < 0 || span.End > _article.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span lies outside the article text.");
        }

        if (!_settings.RuleIndex.TryGetValue(rule.Id, out int index))
        {
            throw new InvalidOperationException($"Rule {rule.Id} was reported but no check of this scorer declares it.");
        }

        var severity = _profile.SeverityOf(index);
        if (severity is null)
        {
            return;
        }

        if (_inline is { } inline)
        {
            if (inline.InMarker(span))
            {
                // The editor's suppression comment is an instruction, not article text.
                return;
            }

            if (inline.Covers(rule.Id, span.Start, out string reason))
            {
                // Kept, so that nothing is hidden silently, and counted nowhere.
                if (_suppressedFindings.Count < _settings.Options.MaxFindingsPerRule * 4)
                {
                    _suppressedFindings.Add(new Finding(rule, severity.Value, span, _article.GetPosition(span.Start), rule.FormatMessage(args), Excerpt(span)) { Suppressed = true, Justification = reason });
                }

                return;
            }
        }

        _ruleCounts[index]++;
        _ruleChars[index] += span.Length;
        if (_ruleCounts[index] > _settings.Options.MaxFindingsPerRule)
        {
            return;
        }

        var position = _article.GetPosition(span.Start);
        _findings.Add(new Finding(rule, severity.Value, span, position, rule.FormatMessage(args), Excerpt(span)));
    }

    /// <summary>Gets the findings the editor suppressed inline, in report order.</summary>
    internal IReadOnlyList<Finding> SuppressedFindings => _suppressedFindings;

    /// <summary>Gets the severities and weights that apply to this article (its source may have its own).</summary>
    internal ScoringProfile Profile => _profile;

    /// <summary>Gets the outlet's house lists.</summary>
    internal SourceScore.Configuration.HouseStyle House => _settings.House;

    /// <summary>Gets the severity a rule has for this article, or <see langword="null"/> when it is off.</summary>
    internal Severity? SeverityOf(int ruleIndex) => _profile.SeverityOf(ruleIndex);

    /// <summary>
    /// Whether a finding of <paramref name="rule"/> at <paramref name="span"/> would count: the rule is on for this article
    /// and the editor did not suppress it there. For signals read from a per-sentence view rather than from findings.
    /// </summary>
    internal bool Counts(Rule rule, TextSpan span) =>
        IsOn(rule) && !(_inline is { } inline && inline.Covers(rule.Id, span.Start, out _));

    /// <summary>Whether <paramref name="rule"/> is reported for this article: a check of the scorer declares it and it is not off.</summary>
    internal bool IsOn(Rule rule) => _settings.RuleIndex.TryGetValue(rule.Id, out int index) && _profile.SeverityOf(index) is not null;

    /// <summary>Whether <paramref name="span"/> starts on a line that is one of the outlet's own boilerplate lines (<see cref="SourceScoreConfiguration.Boilerplate"/>).</summary>
    internal bool IsHouseLine(TextSpan span)
    {
        if (!_settings.House.HasLines)
        {
            return false;
        }

        if (!_houseLinesRead)
        {
            _houseLinesRead = true;
            var text = Text;
            foreach (var line in Lines)
            {
                if (_settings.House.IsHouseLine(text.Slice(line.Start, line.Length)))
                {
                    _houseLines.Add(line);
                }
            }
        }

        foreach (var line in _houseLines)
        {
            if (span.Start >= line.Start && span.Start <= line.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets the page furniture left in <see cref="Text"/> (<see cref="SourceScore.Text.PageFurniture"/>: sharing, follow-us,
    /// sales and copyright lines, blocks of links to other stories), found once per article, in text order.
    /// </summary>
    internal ReadOnlySpan<SourceScore.Text.PageFurniture.Piece> Furniture
    {
        get
        {
            if (!_furnitureRead)
            {
                _furnitureRead = true;
                SourceScore.Text.PageFurniture.Walk(Text, Lines, _furniture, static (list, piece) => list.Add(piece), otherLanguages: !Language.IsJudgedAsEnglish);
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_furniture);
        }
    }

    /// <summary>Whether <paramref name="span"/> starts inside a piece of <see cref="Furniture"/>: text of the page, not of the article.</summary>
    internal bool IsFurniture(TextSpan span)
    {
        foreach (var piece in Furniture)
        {
            if (span.Start >= piece.Span.Start && span.Start < piece.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets how many times a rule was reported for this article, including findings past the cap.</summary>
    internal int CountOf(int ruleIndex) => _ruleCounts[ruleIndex];

    /// <summary>Gets how many characters a rule's findings covered (overlaps counted twice).</summary>
    internal int CharsOf(int ruleIndex) => _ruleChars[ruleIndex];

    /// <summary>Records the risk a signal's check computed (the machine model runs inside its check so it can explain itself in a finding).</summary>
    internal void SetRisk(Signal signal, double risk) => _risks[(int)signal] = risk;

    /// <summary>Gets the risk a check recorded for a signal, or <see langword="null"/>.</summary>
    internal double? RiskOf(Signal signal) => double.IsNaN(_risks[(int)signal]) ? null : _risks[(int)signal];

    internal void Reset(ScorerSettings settings, Article article, CancellationToken cancellationToken)
    {
        Array.Fill(_risks, double.NaN);
        _settings = settings;
        _profile = settings.ProfileFor(article.Source);
        _article = article;
        _inline = article.Suppressions;
        _houseLines.Clear();
        _houseLinesRead = false;
        CancellationToken = cancellationToken;
        _scanLength = Math.Min(article.Text.Length, settings.Options.MaxTextLength);
        _lines = _scanLength < article.Text.Length
            ? SourceScore.Text.LineIndex.Build(article.Text.AsSpan(0, _scanLength))
            : article.Views.Lines;

        int ruleCount = settings.Rules.Length;
        if (_ruleCounts.Length != ruleCount)
        {
            _ruleCounts = new int[ruleCount];
            _ruleChars = new int[ruleCount];
        }
        else
        {
            Array.Clear(_ruleCounts);
            Array.Clear(_ruleChars);
        }

        _findings.Clear();
        _suppressedFindings.Clear();
        _truncatedSentences.Clear();
        _sentencesSplit = false;
        _furniture.Clear();
        _furnitureRead = false;
        ClaimSentences = [];
        CopiedFrom = null;
        _states.Clear();
        Ticket = null;
    }

    internal void Clear()
    {
        ClaimSentences = [];
        CopiedFrom = null;
        _states.Clear();
        Ticket = null;
        _article = null!;
        _lines = null!;
        _inline = null;
        _houseLines.Clear();
        _houseLinesRead = false;
        _furniture.Clear();
        _furnitureRead = false;
        _findings.Clear();
        _suppressedFindings.Clear();
        CancellationToken = default;
    }

    internal bool IsTruncated => _scanLength < _article.Text.Length;

    /// <summary>
    /// What a signal's checks concluded about the article for its evaluator to read, one object of each type (the core
    /// knows none of them): null until a check set it.
    /// </summary>
    internal T? StateOf<T>()
        where T : class
    {
        foreach (object state in _states)
        {
            if (state is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Sets the state of type <typeparamref name="T"/> (<see cref="StateOf{T}"/>), replacing one set before.</summary>
    internal void SetState<T>(T state)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(state);
        _states.RemoveAll(s => s is T);
        _states.Add(state);
    }

    private string Excerpt(TextSpan span)
    {
        int max = _settings.Options.MaxExcerptLength;
        var text = _article.Text.AsSpan(span.Start, span.Length);
        if (text.Length <= max)
        {
            return text.ToString();
        }

        int cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text[..cut], "…");
    }
}
