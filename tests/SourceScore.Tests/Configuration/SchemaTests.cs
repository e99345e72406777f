using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SourceScore.Testing;

namespace SourceScore.Tests.Configuration;

/// <summary>docs/sourcescore.schema.json: what editors' tools check a sourcescore.json with agrees with the library.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromText(SourceScoreConfiguration.Schema);

    private static bool Valid(string jsonWithComments)
    {
        var node = JsonNode.Parse(jsonWithComments, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        using var document = JsonDocument.Parse(node!.ToJsonString());
        return s_schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void The_package_ships_the_schema_in_docs()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "sourcescore.schema.json")), SourceScoreConfiguration.Schema);
    }

    [Fact]
    public void The_schema_accepts_the_starter_file_and_a_full_newsroom_file()
    {
        Assert.True(Valid(SourceScoreConfiguration.Starter));
        string full = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "examples", "newsroom", "sourcescore.json"));
        Assert.True(Valid(full));
        _ = SourceScoreConfiguration.Parse(full);
    }

    [Theory]
    [MemberData(nameof(ConfigurationFileTests.BadFiles), MemberType = typeof(ConfigurationFileTests))]
    public void The_schema_rejects_what_the_library_rejects(string json, int line, string key, string problem)
    {
        _ = (line, key, problem);
        if (key == "(file)")
        {
            Assert.ThrowsAny<JsonException>(() => Valid(json));
            return;
        }

        Assert.False(Valid(json), json);
    }

    [Fact]
    public void The_schema_rejects_a_rule_the_tool_does_not_have_and_lists_every_rule_it_has()
    {
        Assert.False(Valid("""{ "rules": { "SS9999": "off" } }"""));
        using var index = new CorpusIndex();
        var ids = Scorer.CreateDefault(index).Rules.Select(r => r.Id).Order(StringComparer.Ordinal);
        using var schema = JsonDocument.Parse(SourceScoreConfiguration.Schema);
        var listed = schema.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(ids, listed);
    }
}
