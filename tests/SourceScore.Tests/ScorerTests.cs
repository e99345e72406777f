using SourceScore.Signals.Markup;

namespace SourceScore.Tests;

public sealed class ScorerTests
{
    private const string Clean = "The city council switched on the first section of its tidal flood barrier on Monday, ten years after the project was approved.\nThe barrier closes automatically when sea levels rise, council engineer Mara Lindqvist said.\n";

    [Fact]
    public void Scores_a_clean_article_near_zero_markup_risk()
    {
        var score = Scorer.CreateDefault().Score(Article.FromText(Clean, "clean", author: "Mara Lindqvist", published: new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("clean", score.Id);
        Assert.DoesNotContain(score.Findings, f => f.Severity != Severity.Info);
        Assert.DoesNotContain(score.Findings, f => f.Rule.Signal == Signal.Markup);
        var markup = Assert.IsType<SignalScore>(score.GetSignal(Signal.Markup));
        Assert.InRange(markup.Risk!.Value, 0, 0.15);
        // The unattributed lead is an unsupported claim (info): the claims signal takes a few points, nothing else does.
        Assert.InRange(score.Overall!.Value, 75, 100);
    }

    [Fact]
    public void One_small_defect_in_a_long_article_is_damaged_but_not_maximal()
    {
        var text = string.Concat(Enumerable.Repeat(Clean, 1)) + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} of the report describes the harbour works in plain words and numbers such as {i * 7}.")) + "\nIt closed.</p>\n";
        var risk = Scorer.CreateDefault().Score(Article.FromText(text)).GetSignal(Signal.Markup)!.Risk!.Value;
        Assert.InRange(risk, 0.5, 0.8);
    }

    [Fact]
    public void Only_configured_signals_appear()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().Build();
        var score = scorer.Score(Article.FromText(Clean));
        Assert.Equal([Signal.Markup], score.Signals.Select(s => s.Signal));
        Assert.Null(score.GetSignal(Signal.Machine));
    }

    [Fact]
    public void Findings_are_sorted_by_start_then_rule()
    {
        var score = Scorer.CreateDefault().Score(Article.FromText("<b>x</b> &amp;nbsp; â€™ and â€œ\n\n\n\n\nend"));
        var keys = score.Findings.Select(f => (f.Span.Start, f.Rule.Id)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Start).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Builder_reports_every_invalid_setting_at_once()
    {
        var builder = new ScorerBuilder()
            .UseMarkupChecks()
            .WithOptions(new ScorerOptions { MaxTextLength = 0, MaxDegreeOfParallelism = 0 })
            .SetSeverity("SS1999", Severity.Info)
            .Suppress("SS9999");
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("MaxTextLength", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDegreeOfParallelism", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SS1999", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SS9999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_signal_cannot_be_added_twice()
        => Assert.Throws<InvalidOperationException>(() => new ScorerBuilder().UseMarkupChecks().UseMarkupChecks());

    [Fact]
    public void Severity_override_and_suppression_apply()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().SetSeverity("SS1001", Severity.Info).Suppress("SS1003").Build();
        var score = scorer.Score(Article.FromText("A <b>bold</b> &nbsp; claim."));
        Assert.All(score.Findings.Where(f => f.Rule.Id == "SS1001"), f => Assert.Equal(Severity.Info, f.Severity));
        Assert.DoesNotContain(score.Findings, f => f.Rule.Id == "SS1003");
        Assert.Contains(score.Findings, f => f.Rule.Id == "SS1001");
    }

    [Fact]
    public void Findings_per_rule_are_capped_but_still_counted()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxFindingsPerRule = 3 }).Build();
        var text = string.Concat(Enumerable.Repeat("word <b> ", 50));
        var score = scorer.Score(Article.FromText(text));
        Assert.Equal(3, score.Findings.Count(f => f.Rule == MarkupRules.LeakedTag));
        Assert.True(score.GetSignal(Signal.Markup)!.Risk > 0.9);
    }

    [Fact]
    public void Text_past_the_limit_is_reported_and_not_checked()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxTextLength = 20 }).Build();
        var score = scorer.Score(Article.FromText("Clean start of text. Then <b>tags</b> later."));
        var limit = Assert.Single(score.Findings);
        Assert.Equal("SS5001", limit.Rule.Id);
        Assert.Equal(new TextSpan(20, 24), limit.Span);
    }

    [Fact]
    public void Custom_check_reports_through_the_context()
    {
        var rule = new Rule("SS1900", Signal.Markup, "Banned word", "The word '{0}' is banned here", Severity.Warning, "A house rule.");
        var scorer = new ScorerBuilder().UseMarkupChecks().AddCheck(new WordCheck(rule, "foo")).Build();
        var finding = Assert.Single(scorer.Score(Article.FromText("a foo b")).Findings);
        Assert.Equal("The word 'foo' is banned here", finding.Message);
        Assert.Equal(new TextSpan(2, 3), finding.Span);
        Assert.Equal(new LinePosition(1, 3), finding.Position);
        Assert.Contains(rule, scorer.Rules);
    }

    [Fact]
    public void Reporting_an_undeclared_rule_is_a_bug_that_fails_the_article()
    {
        var declared = new Rule("SS1901", Signal.Markup, "A", "a", Severity.Info, "a");
        var undeclared = new Rule("SS1902", Signal.Markup, "B", "b", Severity.Info, "b");
        var scorer = new ScorerBuilder().AddCheck(new WordCheck(declared, "x", reportAs: undeclared)).Build();
        var score = scorer.Score(Article.FromText("x", "a1"));
        Assert.Equal("System.InvalidOperationException", score.Error?.Type);
        Assert.Contains("SS1902", score.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_that_throws_fails_only_its_article_with_SS5010()
    {
        var scorer = new ScorerBuilder().UseMarkupChecks().AddCheck(new ThrowingCheck("BOOM")).Build();
        var failed = scorer.Score(Article.FromText("The council met. BOOM went the budget.", "a1", source: "example.com"));
        Assert.Equal("a1", failed.Id);
        Assert.Equal("example.com", failed.Source);
        Assert.Null(failed.Overall);
        Assert.Equal(TrustBand.Unscored, failed.Band);
        Assert.Empty(failed.Signals);
        Assert.Empty(failed.Findings);
        Assert.Same(SourceScore.ScorerRules.ScoringFailed, failed.Error!.Rule);
        Assert.Equal("System.FormatException", failed.Error.Type);
        Assert.Equal("The input string 'BOOM' was not in a correct format.", failed.Error.Message);

        var fine = scorer.Score(Article.FromText(Clean, "a2"));
        Assert.Null(fine.Error);
        Assert.NotNull(fine.Overall);
    }

    [Fact]
    public async Task A_stream_goes_on_past_an_article_that_fails_and_keeps_its_place()
    {
        var seeds = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var articles = Enumerable.Range(0, 15).Select(i => Article.FromText(
            seeds[i % seeds.Length] + (i == 7 ? "\nBOOM\n" : string.Empty), i.ToString(System.Globalization.CultureInfo.InvariantCulture), source: $"source{i % 3}")).ToList();

        async Task<List<ArticleScore>> Run(bool withFailingCheck)
        {
            using var index = new CorpusIndex();
            var builder = new ScorerBuilder().UseMarkupChecks().UseClaimsChecks().UseAgreementChecks(index).WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 4 });
            if (withFailingCheck)
            {
                builder.AddCheck(new ThrowingCheck("BOOM"));
            }

            return await ToListAsync(builder.Build().ScoreAsync(ToAsync(articles)));
        }

        var failing = await Run(withFailingCheck: true);
        var reference = await Run(withFailingCheck: false);
        Assert.Equal(articles.Select(a => a.Id), failing.Select(s => s.Id));
        Assert.Equal(["7"], failing.Where(s => s.Error is not null).Select(s => s.Id));

        // Every other article is scored exactly as without the failing check: the failure took nothing from them, not even
        // the failed article's place in the story index (the ordered step had run before the check threw).
        Assert.Equal(reference.Where(s => s.Id != "7").Select(Summary), failing.Where(s => s.Id != "7").Select(Summary));
    }

    [Fact]
    public void Cancelled_token_stops_scoring()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => Scorer.CreateDefault().Score(Article.FromText(Clean), cts.Token));
    }

    [Fact]
    public async Task Streaming_keeps_input_order_and_equals_sequential_scoring()
    {
        var articles = Enumerable.Range(0, 200).Select(i => Article.FromText(i % 3 == 0 ? Clean + $"<p>{i}</p>" : Clean + i, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var parallel = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 4 }).Build();
        var sequential = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 1 }).Build();
        var a = await ToListAsync(parallel.ScoreAsync(ToAsync(articles)));
        var b = await ToListAsync(sequential.ScoreAsync(ToAsync(articles)));
        Assert.Equal(articles.Select(x => x.Id), a.Select(x => x.Id));
        Assert.Equal(b.Select(Summary), a.Select(Summary));
    }

    [Fact]
    public async Task Streaming_with_the_agreement_signal_equals_sequential_scoring()
    {
        // The seeds retold by several sources, each retelling a little different: every article after the first few has
        // related coverage from other sources, so the ordered lookup, the comparisons and the findings all take part.
        var seeds = Directory.GetFiles(Testing.TestPaths.SeedsRoot, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var articles = Enumerable.Range(0, 60).Select(i =>
        {
            var paragraphs = seeds[i % seeds.Length].Split("\n\n");
            var kept = paragraphs.Where((_, p) => paragraphs.Length < 4 || p % 4 != i % 4);
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Article.FromText(string.Join("\n\n", kept), id, source: $"source{i % 7}");
        }).ToList();

        async Task<List<ArticleScore>> Run(int parallelism)
        {
            using var index = new CorpusIndex();
            var scorer = new ScorerBuilder().UseMarkupChecks().UseClaimsChecks().UseSourceChecks().UseAgreementChecks(index)
                .WithOptions(new ScorerOptions { MaxDegreeOfParallelism = parallelism }).Build();
            return await ToListAsync(scorer.ScoreAsync(ToAsync(articles)));
        }

        var sequential = (await Run(1)).Select(Summary).ToList();
        Assert.Contains(sequential, s => s.Contains("|SS4", StringComparison.Ordinal) || s.Contains(",SS4", StringComparison.Ordinal));

        // Many repetitions, at several degrees of parallelism, idle and with every core kept busy (timing changes which
        // worker reaches the ordered step first; the answer must not change with it).
        for (int round = 0; round < 4; round++)
        {
            using var busy = round % 2 == 0 ? null : new Testing.BusyCores();
            foreach (int parallelism in new[] { 2, 4, 8 })
            {
                var parallel = await Run(parallelism);
                Assert.Equal(articles.Select(x => x.Id), parallel.Select(x => x.Id));
                Assert.Equal(sequential, parallel.Select(Summary));
            }
        }
    }

    [Fact]
    public async Task Streaming_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        var scorer = new ScorerBuilder().UseMarkupChecks().WithOptions(new ScorerOptions { MaxDegreeOfParallelism = 2 }).Build();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in scorer.ScoreAsync(Endless(), cts.Token))
            {
                if (++seen == 10)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(10, seen);
    }

    private static async IAsyncEnumerable<Article> Endless()
    {
        for (int i = 0; ; i++)
        {
            await Task.Yield();
            yield return Article.FromText(Clean, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Summary(ArticleScore s) => FormattableString.Invariant(
        $"{s.Id}|{s.Overall:R}|{string.Join(',', s.Signals.Select(x => x.Risk?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{string.Join(',', s.Findings.Select(f => f.Rule.Id + "@" + f.Span.Start + "+" + f.Span.Length + ":" + f.Message))}");

    private static async IAsyncEnumerable<Article> ToAsync(IEnumerable<Article> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Throws on an article holding <paramref name="marker"/>, as a defective check would (int.Parse on a word).</summary>
    private sealed class ThrowingCheck(string marker) : ICheck
    {
        private static readonly Rule s_rule = new("SS1903", Signal.Markup, "Throws", "throws", Severity.Info, "A test check that throws.");

        public IReadOnlyList<Rule> Rules { get; } = [s_rule];

        public void Run(CheckContext context)
        {
            int i = context.Text.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                _ = int.Parse(context.Text.Slice(i, marker.Length), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    private sealed class WordCheck(Rule rule, string word, Rule? reportAs = null) : ICheck
    {
        public IReadOnlyList<Rule> Rules { get; } = [rule];

        public void Run(CheckContext context)
        {
            int i = context.Text.IndexOf(word, StringComparison.Ordinal);
            if (i >= 0)
            {
                context.Report(reportAs ?? rule, new TextSpan(i, word.Length), word);
            }
        }
    }
}
