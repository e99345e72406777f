using Microsoft.Extensions.Configuration;
using SourceScore.Scoring;
using SourceScore.Testing;

namespace SourceScore.Tests.Configuration;

/// <summary>Reading <c>sourcescore.json</c>: the starter file, every kind of bad setting, discovery, path overrides and IConfiguration.</summary>
public sealed class ConfigurationFileTests
{
    [Fact]
    public void The_starter_file_reads_and_sets_the_defaults()
    {
        var configuration = SourceScoreConfiguration.Parse(SourceScoreConfiguration.Starter);

        Assert.Empty(configuration.Rules);
        Assert.Equal(60, configuration.FailUnder);
        foreach (var signal in new[] { Signal.Markup, Signal.Machine, Signal.Claims, Signal.Agreement, Signal.Source })
        {
            Assert.Equal(OverallScore.Weights.Of(signal), configuration.Weights[signal]);
        }

        Assert.Empty(configuration.Boilerplate);
        Assert.Empty(configuration.Overrides);
    }

    public static TheoryData<string, int, string, string> BadFiles() => new()
    {
        { "{\n  \"rules\": {\n    \"SS12\": \"off\"\n  }\n}", 3, "rules.SS12", "is not a rule id" },
        { "{\n  \"rules\": {\n    \"SS3001\": true\n  }\n}", 3, "rules.SS3001", "must be \"off\", \"info\", \"warning\" or \"error\"" },
        { "{\n  \"failUnder\": \"high\"\n}", 2, "failUnder", "must be a number" },
        { "{\n  \"failUnder\": 140\n}", 2, "failUnder", "from 0 to 100" },
        { "{\n  \"weights\": {\n    \"claims\": 1.5\n  }\n}", 3, "weights.claims", "from 0 to 1" },
        { "{\n  \"weights\": {\n    \"style\": 0.5\n  }\n}", 3, "weights.style", "is not a signal" },
        { "{\n  \"overrides\": [\n    { \"files\": \"opinion/[ab\", \"rules\": {} }\n  ]\n}", 3, "overrides[0].files", "never closed" },
        { "{\n  \"overrides\": [\n    { \"files\": [\"opinion/**x\"] }\n  ]\n}", 3, "overrides[0].files", "'**' must be a whole folder name" },
        { "{\n  \"overrides\": [\n    { \"rules\": { \"SS5005\": \"off\" } }\n  ]\n}", 3, "overrides[0]", "needs 'files'" },
        { "{\n  \"house\": {\n    \"words\": [\"two words\"]\n  }\n}", 3, "house.words[0]", "more than one word" },
        { "{\n  \"rulez\": {}\n}", 2, "rulez", "unknown setting" },
        { "{\n  \"house\": {\n    \"boilerplate\": [\n      \"* * *\"\n    ]\n  }\n}", 4, "house.boilerplate[0]", "holds no letter or digit" },
        { "{\n  \"overrides\": [" + string.Join(", ", Enumerable.Repeat("{ \"sources\": \"a.example\" }", 65)) + "]\n}", 2, "overrides", "at most 64" },
        { "{\n  \"rules\": {\n}", 3, "(file)", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_setting_is_one_error_naming_the_file_the_line_and_the_key(string json, int line, string key, string problem)
    {
        using var folder = new TemporaryDirectory("sourcescore-config");
        string path = Path.Combine(folder.Path, SourceScoreConfiguration.FileName);
        File.WriteAllText(path, json);

        var error = Assert.Throws<SourceScoreConfigurationException>(() => SourceScoreConfiguration.Load(path));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(line, error.Line);
        Assert.Equal(key, error.Key);
        Assert.StartsWith($"{path}:{line}: {key}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_rule_no_check_reports_fails_the_build_naming_the_file_the_line_and_the_key()
    {
        var configuration = SourceScoreConfiguration.Parse("{\n  \"overrides\": [\n    { \"sources\": \"example.com\",\n      \"rules\": { \"SS9999\": \"off\" } }\n  ]\n}", "/newsroom/sourcescore.json");

        var error = Assert.Throws<SourceScoreConfigurationException>(() => new ScorerBuilder().UseDefaultChecks().UseConfiguration(configuration).Build());

        Assert.Equal(4, error.Line);
        Assert.Equal("overrides[0].rules.SS9999", error.Key);
        Assert.Contains("no rule SS9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_file_wins_and_none_is_found_where_there_is_none()
    {
        using var folder = new TemporaryDirectory("sourcescore-config");
        string top = Path.Combine(folder.Path, SourceScoreConfiguration.FileName);
        string desk = Path.Combine(folder.Path, "desk", SourceScoreConfiguration.FileName);
        Directory.CreateDirectory(Path.Combine(folder.Path, "desk", "drafts"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "other"));
        File.WriteAllText(top, "{}");
        File.WriteAllText(desk, "{}");

        Assert.Equal(desk, SourceScoreConfiguration.Find(Path.Combine(folder.Path, "desk", "drafts", "story.md")));
        Assert.Equal(desk, SourceScoreConfiguration.Find(Path.Combine(folder.Path, "desk")));
        Assert.Equal(top, SourceScoreConfiguration.Find(Path.Combine(folder.Path, "other", "story.md")));
        File.Delete(top);
        Assert.Null(SourceScoreConfiguration.Find(Path.Combine(folder.Path, "other", "story.md")));
    }

    [Fact]
    public void Path_overrides_apply_in_order_to_the_files_they_match()
    {
        var configuration = SourceScoreConfiguration.Parse("""
            {
              "rules": { "SS5005": "off" },
              "failUnder": 60,
              "overrides": [
                { "files": "opinion/**", "rules": { "SS5007": "off" }, "failUnder": 70 },
                { "files": ["opinion/columns/*.md", "*.html"], "failUnder": 80 },
                { "files": "opinion/**", "sources": "wire.example.com", "rules": { "SS3001": "off" } },
                { "sources": "example.com", "weights": { "claims": 0.5 } }
              ]
            }
            """, "/newsroom/sourcescore.json");

        var news = configuration.ForFile("/newsroom/news/story.md");
        var opinion = configuration.ForFile("/newsroom/opinion/2026/story.md");
        var column = configuration.ForFile("/newsroom/opinion/columns/story.md");
        var page = configuration.ForFile("/newsroom/news/page.html");
        var outside = configuration.ForFile("/elsewhere/opinion/story.md");

        Assert.Equal(60, news.FailUnder);
        Assert.False(news.Rules.ContainsKey("SS5007"));
        Assert.Equal(70, opinion.FailUnder);
        Assert.Equal(RuleLevel.Off, opinion.Rules["SS5007"]);
        Assert.Equal(RuleLevel.Off, opinion.Rules["SS5005"]);
        Assert.Equal(80, column.FailUnder);
        Assert.Equal(80, page.FailUnder);
        Assert.Equal(60, outside.FailUnder);
        Assert.Equal("/newsroom/sourcescore.json:5 (overrides[0] files opinion/**)", opinion.OriginOf("failUnder")!.ToString());

        // The override by path and source becomes one by source for the files it matched; the one by source stays everywhere.
        Assert.Equal(2, opinion.Overrides.Count);
        Assert.Equal(["wire.example.com"], opinion.Overrides[0].Sources);
        Assert.Empty(opinion.Overrides[0].Files);
        Assert.Single(news.Overrides);
        Assert.Equal(["example.com"], news.Overrides[0].Sources);
    }

    [Fact]
    public void An_IConfiguration_section_of_the_same_shape_reads_the_same()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SourceScore:Rules:SS5005"] = "off",
            ["SourceScore:Weights:Claims"] = "0.5",
            ["SourceScore:FailUnder"] = "70",
            ["SourceScore:House:Boilerplate:0"] = "Follow Example News for the latest updates.",
            ["SourceScore:House:Names:Abdourahamane Tchiani:0"] = "Omar Tiani",
            ["SourceScore:House:Words:0"] = "oga",
            ["SourceScore:Overrides:0:Sources:0"] = "wire.example.com",
            ["SourceScore:Overrides:0:Rules:SS5006"] = "info",
        }).Build().GetSection("SourceScore");

        var configuration = SourceScoreConfiguration.FromConfiguration(section);

        Assert.Equal(RuleLevel.Off, configuration.Rules["SS5005"]);
        Assert.Equal(0.5, configuration.Weights[Signal.Claims]);
        Assert.Equal(70, configuration.FailUnder);
        Assert.Equal(["Follow Example News for the latest updates."], configuration.Boilerplate);
        Assert.Equal(["Omar Tiani"], configuration.Names["Abdourahamane Tchiani"]);
        Assert.Equal(["oga"], configuration.Words);
        Assert.Equal(RuleLevel.Info, configuration.Overrides[0].Rules["SS5006"]);

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SourceScore:Weights:Claims"] = "2" }).Build().GetSection("SourceScore");
        var error = Assert.Throws<SourceScoreConfigurationException>(() => SourceScoreConfiguration.FromConfiguration(bad));
        Assert.Equal("SourceScore", error.FilePath);
        Assert.Equal("weights.Claims", error.Key);
    }

    [Fact]
    public void A_pipeline_gets_the_settings_of_its_configuration_section_through_dependency_injection()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SourceScore:Rules:SS5005"] = "off",
            ["SourceScore:Overrides:0:Sources:0"] = "wire.example.com",
            ["SourceScore:Overrides:0:Rules:SS5006"] = "off",
        }).Build().GetSection("SourceScore");
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.SourceScoreServiceCollectionExtensions.AddSourceScore(services, options =>
        {
            options.Agreement = false;
            options.Configuration = SourceScoreConfiguration.FromConfiguration(section);
        });
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var scorer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Scorer>(provider);
        string text = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, "000_*.txt").Single());

        var wire = scorer.Score(Article.FromText(text, "a", "wire.example.com"));
        var other = scorer.Score(Article.FromText(text, "b", "other.example.org"));

        Assert.DoesNotContain(wire.Findings, f => f.Rule.Id is "SS5005" or "SS5006");
        Assert.DoesNotContain(other.Findings, f => f.Rule.Id == "SS5005");
        Assert.Contains(other.Findings, f => f.Rule.Id == "SS5006");
    }
}
