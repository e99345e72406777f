namespace SourceScore.Ledger;

/// <summary>
/// The running sums behind one source's <see cref="SourceRecord"/>: weighted sums of the articles' overall scores
/// and signal risks, kept at the source's reference time (its newest article) and halved every half-life back
/// from it. Adding an article newer than the reference decays the sums to the new reference; an older one is
/// added with its decayed weight — so the result does not depend on the order articles arrive in.
/// </summary>
internal struct SourceTally
{
    /// <summary>The signals averaged, in <see cref="SourceRecord.Signals"/> order.</summary>
    public static readonly Signal[] Signals = [Signal.Markup, Signal.Machine, Signal.Claims, Signal.Agreement];

    public long Articles;
    public double Weight;
    public double Total;
    public long ReferenceTicks;
    public long FirstTicks;
    public long LastTicks;
    public double[] SignalTotals;
    public double[] SignalWeights;

    public static SourceTally Empty() => new() { SignalTotals = new double[Signals.Length], SignalWeights = new double[Signals.Length] };

    /// <summary>Adds one article dated <paramref name="ticks"/> (UTC).</summary>
    public void Add(long ticks, ArticleScore score, TimeSpan halfLife)
    {
        double overall = score.Overall ?? throw new ArgumentException("An unscored article is not recorded (TryPlace refuses it).", nameof(score));
        Span<double> risks = stackalloc double[Signals.Length];
        for (int s = 0; s < Signals.Length; s++)
        {
            risks[s] = score.GetSignal(Signals[s])?.Risk ?? double.NaN;
        }

        Add(ticks, overall, risks, halfLife);
    }

    /// <summary>
    /// Adds one article dated <paramref name="ticks"/> (UTC) with its overall score and its risks in <see cref="Signals"/>
    /// order (NaN for a signal that did not judge it): what a ledger kept elsewhere (a cluster's grain) is sent.
    /// </summary>
    public void Add(long ticks, double overall, ReadOnlySpan<double> risks, TimeSpan halfLife)
    {
        double weight = 1;
        if (Articles == 0)
        {
            ReferenceTicks = FirstTicks = LastTicks = ticks;
        }
        else if (ticks > ReferenceTicks)
        {
            double decay = Decay(ticks - ReferenceTicks, halfLife);
            Weight *= decay;
            Total *= decay;
            for (int s = 0; s < Signals.Length; s++)
            {
                SignalTotals[s] *= decay;
                SignalWeights[s] *= decay;
            }

            ReferenceTicks = ticks;
        }
        else
        {
            weight = Decay(ReferenceTicks - ticks, halfLife);
        }

        Articles++;
        Weight += weight;
        Total += weight * Math.Clamp(overall, 0, 100);
        for (int s = 0; s < Signals.Length; s++)
        {
            if (s < risks.Length && risks[s] is var risk && double.IsFinite(risk))
            {
                SignalTotals[s] += weight * Math.Clamp(risk, 0, 1);
                SignalWeights[s] += weight;
            }
        }

        FirstTicks = Math.Min(FirstTicks, ticks);
        LastTicks = Math.Max(LastTicks, ticks);
    }

    public readonly SourceRecord ToRecord(string source, SourceLedgerOptions options)
    {
        double credibility = ((options.PriorWeight * options.PriorCredibility) + Total) / (options.PriorWeight + Weight);
        var signals = new Dictionary<Signal, double>();
        for (int s = 0; s < Signals.Length; s++)
        {
            if (SignalWeights[s] > 0)
            {
                signals[Signals[s]] = Math.Round(SignalTotals[s] / SignalWeights[s], 4);
            }
        }

        return new SourceRecord(source, Articles, Math.Round(credibility, 1), signals,
            new DateTimeOffset(FirstTicks, TimeSpan.Zero), new DateTimeOffset(LastTicks, TimeSpan.Zero));
    }

    /// <summary>The most credible first, then the most articles, then by name.</summary>
    public static int Rank(SourceRecord a, SourceRecord b)
    {
        int c = b.Credibility.CompareTo(a.Credibility);
        if (c == 0)
        {
            c = b.Articles.CompareTo(a.Articles);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Source, b.Source);
    }

    /// <summary>
    /// The source an article is recorded under (<see cref="KeyOf"/> of its source, else of its URL's host) and the
    /// date it counts at (its publication date, else now); false when it has neither source nor URL host, or no score
    /// (its scoring failed: a defect of ours says nothing about the source).
    /// </summary>
    public static bool TryPlace(Article article, ArticleScore score, TimeProvider time, out string source, out long ticks)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(score);
        string name = article.Source;
        if (name.Trim().Length == 0 && article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host))
        {
            name = uri.Host;
        }

        source = KeyOf(name);
        ticks = (article.Published ?? time.GetUtcNow()).UtcTicks;
        return source.Length > 0 && score.Overall is not null;
    }

    /// <summary>A source as the ledger keys it: trimmed, lower case, without a leading <c>www.</c>.</summary>
    public static string KeyOf(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string key = source.Trim().ToLowerInvariant();
        return key.StartsWith("www.", StringComparison.Ordinal) && key.Length > 4 ? key[4..] : key;
    }

    private static double Decay(long ticks, TimeSpan halfLife) => Math.Pow(2, -(double)ticks / halfLife.Ticks);
}
