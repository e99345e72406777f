using SourceScore.Deep;
using SourceScore.Testing;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// The deep tier (SourceScore.Deep, <c>UseDeepModels()</c>): how it plugs in, that it keeps the seeds' verdicts, that the
/// same text gets the same risk however the scorer is called, and that hostile text gets a risk, not an error.
/// </summary>
public sealed class DeepTierTests
{
    private static readonly Scorer s_deep = new ScorerBuilder().UseDefaultChecks().UseDeepModels().Build();

    private static string SeedText(string prefix) => File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, prefix + "_*.txt").Single());

    private static double MachineRisk(Scorer scorer, string text) => scorer.Score(Article.FromText(text, "t")).GetSignal(Signal.Machine)!.Risk!.Value;

    [Fact]
    public void The_deep_tier_needs_the_machine_signal_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ScorerBuilder().UseMarkupChecks().UseDeepModels());
        Assert.Contains("UseMachineChecks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_001_reads_machine_written_and_the_human_seeds_do_not()
    {
        Assert.True(MachineRisk(s_deep, SeedText("001")) >= 0.8, $"001: {MachineRisk(s_deep, SeedText("001"))}");
        foreach (var seed in new[] { "000", "003", "004" })
        {
            double risk = MachineRisk(s_deep, SeedText(seed));
            Assert.True(risk <= 0.3, $"{seed}: {risk}");
        }
    }

    [Fact]
    public async Task The_same_text_gets_the_same_risk_alone_in_parallel_and_in_a_feed()
    {
        var texts = new[] { "000", "001", "002", "003", "004" }.Select(SeedText).ToArray();
        var alone = texts.Select(t => MachineRisk(s_deep, t)).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var parallel = texts.Concat(texts).AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(t => MachineRisk(s_deep, t)).ToArray();
            Assert.Equal(alone.Concat(alone), parallel);
        }

        var feed = new List<double>();
        await foreach (var score in s_deep.ScoreAsync(texts.Concat(texts).Select(t => Article.FromText(t, "t")).ToAsyncEnumerable()))
        {
            feed.Add(score.GetSignal(Signal.Machine)!.Risk!.Value);
        }

        Assert.Equal(alone.Concat(alone), feed);
    }

    [Fact]
    public void Hostile_text_gets_a_risk_not_an_error()
    {
        string[] hostile =
        [
            "",
            "   \n\t ",
            new string('a', 60_000),
            string.Concat(Enumerable.Repeat("word ", 20_000)),
            string.Concat(Enumerable.Repeat("\uFFFD\u0000\u202E", 3000)),
            string.Concat(Enumerable.Repeat("Ünïcödé 漢字 テスト العربية. ", 500)),
            string.Concat(Enumerable.Repeat("A sentence that goes on. ", 5000)),
        ];
        foreach (var text in hostile)
        {
            var score = s_deep.Score(Article.FromText(text, "hostile"));
            Assert.Null(score.Error);
            double risk = score.GetSignal(Signal.Machine)!.Risk ?? 0;
            Assert.InRange(risk, 0, 1);
        }
    }

    [Fact]
    public void The_flagged_finding_points_at_a_sentence_of_the_text()
    {
        var text = SeedText("001");
        var score = s_deep.Score(Article.FromText(text, "001"));
        var finding = Assert.Single(score.Findings, f => f.Rule.Id == "SS2001");
        Assert.True(finding.Span.Length > 0 && finding.Span.End <= text.Length);
    }

    [Fact]
    public void With_no_slip_to_point_at_the_finding_names_the_most_machine_like_sentence()
    {
        // Held-out gpt-4 news (story held out from training): the first one flagged with no other machine finding.
        var texts = Training.DataSets.MachineNews(TestPaths.DataRoot)
            .Where(r => r.Machine && r.Generator == "gpt-4" && Training.DataSets.IsHeldOut(r.Group, "machine"))
            .Select(r => r.Text);
        foreach (var text in texts)
        {
            var score = s_deep.Score(Article.FromText(text, "gpt-4"));
            var machine = score.Findings.Where(f => f.Rule.Signal == Signal.Machine).ToList();
            if (machine.Count == 1 && machine[0].Rule.Id == "SS2001")
            {
                var finding = machine[0];
                Assert.Contains("this sentence most", finding.Message, StringComparison.Ordinal);
                var sentence = text.Substring(finding.Span.Start, finding.Span.Length);
                Assert.True(sentence.Split(' ').Length >= 3 && finding.Span.Length < text.Length / 2, sentence);
                return;
            }
        }

        Assert.Fail("No held-out gpt-4 text was flagged with SS2001 alone.");
    }

    [Fact]
    public void The_weights_file_reads_back_what_was_written()
    {
        var weights = DeepMachineModel.Weights;
        using var stream = new MemoryStream();
        weights.Write(stream);
        stream.Position = 0;
        var again = DeepWeights.Read(stream);
        Assert.Equal(weights.Threshold, again.Threshold);
        Assert.Equal(weights.Sentence.Weights, again.Sentence.Weights);
        Assert.Equal(weights.Window.Bias, again.Window.Bias);
        stream.SetLength(20);
        stream.Position = 0;
        Assert.ThrowsAny<Exception>(() => DeepWeights.Read(stream));
    }
}
