using System.Text.Json.Nodes;

namespace SourceScore.Cli.Tests.Browser;

/// <summary>One page (tab) of <see cref="HeadlessChromium"/>.</summary>
internal sealed class BrowserPage(HeadlessChromium browser, string sessionId)
{
    public string SessionId { get; } = sessionId;

    /// <summary>Every event the page sent since it was opened (dialogs, console calls, exceptions, requests, log entries).</summary>
    public IReadOnlyList<JsonObject> Events => browser.EventsOf(SessionId);

    public Task<JsonObject> SendAsync(string method, JsonObject? parameters = null) => browser.SendAsync(method, parameters, SessionId);

    /// <summary>Evaluates an expression in the page and returns its value (JSON-serialisable values only).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }).ConfigureAwait(false);
        if (result["exceptionDetails"] is JsonNode details)
        {
            throw new InvalidOperationException("The expression threw: " + details.ToJsonString());
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Saves a PNG of the whole page, not only the viewport.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var size = (await EvaluateAsync("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"))!.AsArray();
        var clip = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = (double)size[0]!, ["height"] = (double)size[1]!, ["scale"] = 1 };
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true, ["clip"] = clip }).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot["data"]!)).ConfigureAwait(false);
    }
}
