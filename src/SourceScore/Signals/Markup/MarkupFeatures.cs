namespace SourceScore.Signals.Markup;

/// <summary>
/// The features the markup risk model reads: what the markup checks found in one article. Training and
/// serving both call <see cref="Extract"/>, so they cannot drift apart; <see cref="SchemaVersion"/>
/// changes whenever the vector does, and a model trained on another version is refused at load.
/// </summary>
internal static class MarkupFeatures
{
    /// <summary>Version of the feature vector; part of the model's file name.</summary>
    public const int SchemaVersion = 3;

    private static readonly Rule[] s_rules = [.. MarkupRules.All];

    /// <summary>
    /// The features after the per-rule counts, in vector order: each name with how it is read from the article's
    /// totals, in one table so that names and values cannot drift apart.
    /// </summary>
    private static readonly (string Name, Func<Totals, float> Read)[] s_totals =
    [
        ("errors", static t => MathF.Log(1 + t.Tally.Errors)),
        ("warnings", static t => MathF.Log(1 + t.Tally.Warnings)),
        ("infos", static t => MathF.Log(1 + t.Tally.Infos)),
        ("damaged_fraction", static t => Math.Min(1f, t.Damaged / (float)t.Length)),
        ("log_length", static t => MathF.Log(t.Length)),
        ("lines", static t => MathF.Log(1 + t.Lines)),
    ];

    /// <summary>Gets the number of features.</summary>
    public static int Count { get; } = s_rules.Length + s_totals.Length;

    /// <summary>Gets the stamp a model trained on these features carries (<see cref="Models.ModelStamp"/>).</summary>
    public static Models.ModelStamp Stamp => new("markup", SchemaVersion, Count);

    /// <summary>Gets the features' names, for the model card.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. s_rules.Select(r => "count_" + r.Id),
        .. s_totals.Select(t => t.Name),
    ];

    /// <summary>Writes the features of the article behind <paramref name="context"/> into <paramref name="features"/>.</summary>
    public static void Extract(CheckContext context, Span<float> features)
    {
        if (features.Length != Count)
        {
            throw new ArgumentException($"Expected {Count} features.", nameof(features));
        }

        features.Clear();
        var settings = context.Settings;
        int damaged = 0;
        for (int r = 0; r < s_rules.Length; r++)
        {
            if (settings.RuleIndex.TryGetValue(s_rules[r].Id, out int index))
            {
                features[r] = MathF.Log(1 + context.CountOf(index));
                damaged += context.CharsOf(index);
            }
        }

        var totals = new Totals(Tally.Of(context), damaged, Math.Max(1, context.Text.Length), context.Lines.Length);
        for (int t = 0; t < s_totals.Length; t++)
        {
            features[s_rules.Length + t] = s_totals[t].Read(totals);
        }
    }

    /// <summary>What the totals features read: the findings by severity, the characters the built-in rules' findings cover, the text's length (at least 1) and its lines.</summary>
    private readonly record struct Totals(Tally Tally, int Damaged, int Length, int Lines);

    /// <summary>Counts the markup findings reported for the article (including those past the per-rule cap; suppressed rules excluded).</summary>
    public static int FindingCount(CheckContext context) => Tally.Of(context).Total;

    /// <summary>
    /// How much damage there is, in [0, 1): severity-weighted findings (error 1, warning 0.5, info 0.2)
    /// and the share of the text they cover. One leaked tag gives about 0.3; a page of them nears 1.
    /// </summary>
    public static double Extent(CheckContext context)
    {
        var tally = Tally.Of(context);
        double weighted = tally.Errors + (0.5 * tally.Warnings) + (0.2 * tally.Infos);
        double fraction = Math.Min(1.0, tally.DamagedChars / (double)Math.Max(1, context.Text.Length));
        return 1 - Math.Exp((-weighted / 3.0) - (5.0 * fraction));
    }

    /// <summary>The markup findings of an article by effective severity, and the characters they cover (every markup rule, custom ones too).</summary>
    private readonly record struct Tally(int Errors, int Warnings, int Infos, int DamagedChars)
    {
        public int Total => Errors + Warnings + Infos;

        public static Tally Of(CheckContext context)
        {
            var settings = context.Settings;
            int errors = 0, warnings = 0, infos = 0, damaged = 0;
            for (int index = 0; index < settings.Rules.Length; index++)
            {
                if (settings.Rules[index].Signal != Signal.Markup)
                {
                    continue;
                }

                int count = context.CountOf(index);
                damaged += context.CharsOf(index);
                switch (context.SeverityOf(index))
                {
                    case Severity.Error:
                        errors += count;
                        break;
                    case Severity.Warning:
                        warnings += count;
                        break;
                    case Severity.Info:
                        infos += count;
                        break;
                    default:
                        break;
                }
            }

            return new Tally(errors, warnings, infos, damaged);
        }
    }
}
