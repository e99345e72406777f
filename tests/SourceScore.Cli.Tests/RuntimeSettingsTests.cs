using System.Text.Json;

namespace SourceScore.Cli.Tests;

/// <summary>
/// The runtime settings the tool ships in its runtimeconfig.json, which feeds depend on: without the compaction level
/// the tool held about 1 GB over a long feed; without the short call-counting delay its hot paths stayed unoptimised
/// for the first minute of a feed on one core (docs/performance.md).
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.ConserveMemory", 8)]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", 10)]
    public void The_tool_ships_its_runtime_setting(string name, int value)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty(name, out var setting), $"{name} is missing from {path}.");
        Assert.Equal(value, setting.GetInt32());
    }
}
