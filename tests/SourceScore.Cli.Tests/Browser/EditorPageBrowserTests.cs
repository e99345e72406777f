using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SourceScore.Cli.Server;
using SourceScore.Testing;
using Xunit.Abstractions;

namespace SourceScore.Cli.Tests.Browser;

/// <summary>
/// The editor's page of <c>sourcescore serve</c> in headless Chromium, served by Kestrel on 127.0.0.1: seed 001 pasted
/// into the draft box and sent; every finding is then visible, highlighted in the text and listed, the buttons step
/// through them, nothing is loaded from another origin and no script breaks the page's policy.
/// </summary>
public sealed class EditorPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Seed_001_pasted_and_sent_shows_every_finding_highlighted_and_listed()
    {
        string text = File.ReadAllText(Directory.GetFiles(TestPaths.SeedsRoot, "001_*.txt").Single());
        var app = ScoringServer.Build(new ServerOptions { Urls = "http://127.0.0.1:0" }, Scorer.CreateDefault);
        await app.StartAsync();
        try
        {
            string origin = app.Urls.First();

            // What the API says of the same draft.
            using var http = new HttpClient { BaseAddress = new Uri(origin) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/check") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request);
            var record = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var expected = new HtmlReportBrowserTests.Expected("draft", [.. record["findings"]!.AsArray().Select(f => new HtmlReportBrowserTests.ExpectedFinding((string)f!["rule"]!, (int)f["start"]!))]);
            Assert.True(expected.Findings.Count >= 50);

            await using var browser = await HeadlessChromium.StartAsync();
            var page = await browser.OpenAsync(origin + "/", 1280, 1000);
            await page.EvaluateAsync("document.getElementById('draft').focus()");
            await page.SendAsync("Input.insertText", new JsonObject { ["text"] = text });
            int mark = browser.EventCount;
            await page.EvaluateAsync("document.getElementById('send').click()");
            await browser.WaitForEventAsync("Page.loadEventFired", page.SessionId, mark);

            var seen = await HtmlReportBrowserTests.InspectAsync(page);
            HtmlReportBrowserTests.AssertEveryFindingShown(seen, [expected]);
            Assert.Equal(text, (string)seen["sections"]![0]!["text"]!);
            Assert.Equal(text, (string?)await page.EvaluateAsync("document.getElementById('draft').value"));
            Assert.Equal("unreliable", (string?)await page.EvaluateAsync("document.querySelector('.overall .band').textContent"));

            // The page's script steps through the findings, in text order.
            var step = (await page.EvaluateAsync("""
                (() => {
                  const nav = document.getElementById('finding-nav');
                  document.getElementById('finding-next').click();
                  const first = [document.querySelector('.text a.current').getAttribute('href'), document.getElementById('finding-where').textContent];
                  document.getElementById('finding-next').click();
                  document.getElementById('finding-prev').click();
                  document.getElementById('finding-prev').click();
                  const last = document.getElementById('finding-where').textContent;
                  return { visible: !nav.hidden && nav.getBoundingClientRect().height > 0, first, last,
                           message: document.getElementById('finding-message').textContent,
                           links: document.querySelectorAll('ol.findings a.in-text').length };
                })()
                """))!;
            int refs = (int)seen["sections"]![0]!["highlights"]! > 0 ? expected.Findings.Count : 0;
            Assert.True((bool)step["visible"]!);
            Assert.Equal("1 of " + refs, (string?)step["first"]![1]);
            Assert.Equal(refs + " of " + refs, (string?)step["last"]);
            Assert.False(string.IsNullOrEmpty((string?)step["message"]));
            Assert.Equal(expected.Findings.Count, (int)step["links"]!);

            // Nothing broke the policy or threw, and nothing came from anywhere but the app.
            var events = page.Events;
            Assert.DoesNotContain(events, e => (string?)e["method"] is "Runtime.exceptionThrown" or "Page.javascriptDialogOpening");
            Assert.DoesNotContain(events, e => (string?)e["method"] == "Log.entryAdded" && (string?)e["params"]?["entry"]?["source"] is "security" or "violation");
            var requested = events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => new Uri((string)e["params"]!["request"]!["url"]!)).ToList();
            Assert.All(requested, uri => Assert.Equal(new Uri(origin).Authority, uri.Authority));
            Assert.Contains(requested, uri => uri.AbsolutePath == "/editor.js");

            string shot = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots", "editor-seed-001.png");
            await page.ScreenshotAsync(shot);
            output.WriteLine("screenshot: " + shot);
            Assert.True(new FileInfo(shot).Length > 10_000);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
