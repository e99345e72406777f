using System.Text.Json;
using System.Text.Json.Nodes;
using SourceScore.Cli.Tests.Browser;
using SourceScore.Testing;
using Xunit.Abstractions;

namespace SourceScore.Cli.Tests;

/// <summary>
/// Opens the editor's HTML report in headless Chromium (Debian's chromium, which .ci/run installs) and checks what a
/// reader's browser would do with it: nothing from the article runs, nothing is fetched, and every finding the
/// scorer reported is in the page, visible, and numbered in place in the text.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    /// <summary>The only elements the report is made of; anything else came from an article.</summary>
    private static readonly string[] s_reportElements =
        ["html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "p", "strong", "div", "span", "ul", "ol", "li", "code", "mark", "a"];

    private const string HostileText = """
        Police said on Monday that the harbour would stay closed until Friday.
        <script>window.__pwned = 'script'; alert('script')</script>
        <img src="http://127.0.0.1:9/x.png" onerror="window.__pwned = 'onerror'">
        <a href="javascript:window.__pwned = 'link'">Read more</a> and <a href='JaVaScRiPt:alert(1)'>more</a>
        </textarea><script>window.__pwned = 'textarea'</script>
        </pre></div></mark></section><script>window.__pwned = 'breakout'</script>
        "><svg onload="window.__pwned = 'svg'"></svg>
        --><iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>
        <style>mark, ol.findings, .text { display: none !important }</style>
        <base href="http://127.0.0.1:9/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">
        <body onload="window.__pwned = 'body'"><form action="javascript:alert(1)"><button>Go</button></form>
        &lt;script&gt;window.__pwned = 'entity'&lt;/script&gt; &amp;lt;b&amp;gt;
        The port authority said ships would be diverted to the southern terminal.
        """;

    private const string HostilePage = """
        <html><head><title>Harbour &lt;/title&gt;&lt;script&gt;window.__pwned='page-title'&lt;/script&gt;</title></head>
        <body onload="window.__pwned='page-body'"><article>
        <h1>Harbour closed</h1>
        <p>Police said on Monday that the harbour would stay closed until Friday, officials said.</p>
        <p>Text that was escaped in the page: &lt;script&gt;window.__pwned='page-entity'&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;.</p>
        <script>window.__pwned='page-script'</script>
        <p><a href="javascript:window.__pwned='page-link'">More</a> &amp;nbsp; broken &#8217 entity</p>
        </article></body></html>
        """;

    [Fact]
    public async Task A_hostile_articles_report_runs_nothing_fetches_nothing_and_shows_every_finding()
    {
        using var temp = new TempFiles();
        var lines = new[]
        {
            new JsonObject
            {
                ["id"] = "</title><script>window.__pwned='id'</script>\"><b>",
                ["title"] = "</title><script>window.__pwned='title'</script>",
                ["source"] = "\" onmouseover=\"window.__pwned='source'\"><img src=x onerror=\"window.__pwned='source'\">",
                ["text"] = HostileText,
            },
            new JsonObject { ["id"] = "hostile-page</h1><script>window.__pwned='id2'</script>", ["html"] = HostilePage, ["url"] = "javascript:alert(1)" },
        };
        string feed = temp.Write("hostile.jsonl", string.Join('\n', lines.Select(l => l.ToJsonString())) + "\n");
        var expected = await ScoresAsync(feed);
        Assert.Equal(2, expected.Count);
        Assert.All(expected, e => Assert.NotEmpty(e.Findings));

        string report = await ReportAsync(feed, temp.Root);
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenAsync(new Uri(report).AbsoluteUri, 1280, 1000);
        var seen = await InspectAsync(page);

        Assert.Equal("sourcescore: " + lines[0]["id"], (string)seen["title"]!);
        AssertNothingRan(page, seen, report);
        AssertEveryFindingShown(seen, expected);

        // The article text is in the page exactly as it was, character for character.
        Assert.Equal(HostileText, (string)seen["sections"]![0]!["text"]!);
        await SaveScreenshotAsync(page, "report-hostile.png");
    }

    [Fact]
    public async Task The_report_of_seed_001_shows_every_finding_and_is_saved_as_a_screenshot()
    {
        using var temp = new TempFiles();
        string seed = Directory.GetFiles(TestPaths.SeedsRoot, "001_*.txt").Single();
        var expected = await ScoresAsync(seed);
        Assert.True(Assert.Single(expected).Findings.Count >= 50);

        string report = await ReportAsync(seed, temp.Root);
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenAsync(new Uri(report).AbsoluteUri, 1280, 1000);
        var seen = await InspectAsync(page);

        AssertNothingRan(page, seen, report);
        AssertEveryFindingShown(seen, expected);
        Assert.Equal(File.ReadAllText(seed), (string)seen["sections"]![0]!["text"]!);

        string shot = await SaveScreenshotAsync(page, "report-seed-001.png");
        using var png = File.OpenRead(shot);
        var header = new byte[24];
        png.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header[..4]);
        int width = (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
        int height = (header[20] << 24) | (header[21] << 16) | (header[22] << 8) | header[23];
        Assert.True(width >= 1200, $"the screenshot should be as wide as the page: {width} px");
        Assert.True(height > 2000, $"the screenshot should hold the whole report, not one screen: {height} px");
    }

    private static void AssertNothingRan(BrowserPage page, JsonNode seen, string report)
    {
        // No dialog, no console call, no exception, no blocked-by-policy complaint: nothing tried to run.
        var events = page.Events;
        Assert.DoesNotContain(events, e => (string?)e["method"] is "Page.javascriptDialogOpening" or "Runtime.consoleAPICalled" or "Runtime.exceptionThrown");
        Assert.DoesNotContain(events, e => (string?)e["method"] == "Log.entryAdded" && (string?)e["params"]?["entry"]?["source"] is "security" or "violation" or "javascript" or "network");

        // Nothing was fetched but the report itself.
        var requests = events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!).ToList();
        Assert.Equal([new Uri(report).AbsoluteUri], requests);
        Assert.Equal(0, (int)seen["resources"]!);

        // The page is the report's own elements only: no script, no handler, no script URL, nothing embedded.
        Assert.True(seen["pwned"] is null, "article code ran: " + seen["pwned"]);
        Assert.Equal(0, (int)seen["scripts"]!);
        Assert.Equal(0, (int)seen["handlers"]!);
        Assert.Equal(0, (int)seen["scriptUrls"]!);
        Assert.Empty(seen["foreign"]!.AsArray());
        Assert.Equal(1, (int)seen["styles"]!);
        Assert.Equal(4, (int)seen["metas"]!);

        // And, should escaping ever fail, the page's own policy forbids scripts and fetching anything.
        Assert.StartsWith("default-src 'none';", (string?)seen["policy"]);
    }

    internal static void AssertEveryFindingShown(JsonNode seen, IReadOnlyList<Expected> expected)
    {
        var sections = seen["sections"]!.AsArray();
        Assert.Equal(expected.Count, sections.Count);
        for (int s = 0; s < expected.Count; s++)
        {
            var section = sections[s]!;
            var items = section["items"]!.AsArray();
            Assert.Equal(expected[s].Findings.Select(f => f.Rule), items.Select(i => (string)i!["rule"]!));
            Assert.True((int)section["highlights"]! > 0);

            // Every finding is in the list, highlighted in the text, and numbered in place, and all three can be seen.
            foreach (var item in items)
            {
                Assert.True((bool)item!["listed"]!, $"finding {item["id"]} is not visible in the list");
                Assert.True((bool)item["highlighted"]!, $"finding {item["id"]} ({item["rule"]}) has no visible highlight in the text");
                Assert.True((bool)item["numbered"]!, $"finding {item["id"]} ({item["rule"]}) has no visible number in the text");
            }
        }
    }

    internal static async Task<JsonNode> InspectAsync(BrowserPage page)
    {
        string allowed = JsonSerializer.Serialize(s_reportElements);
        return (await page.EvaluateAsync($$"""
            (() => {
              const visible = e => {
                const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none' && parseFloat(s.opacity) > 0;
              };
              const allowed = new Set({{allowed}});
              const all = [...document.querySelectorAll('*')];
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'content'];
              return {
                title: document.title,
                pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
                scripts: document.scripts.length,
                handlers: all.filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
                scriptUrls: all.filter(e => [...e.attributes].some(a => urlAttributes.includes(a.name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(a.value))).length,
                foreign: [...new Set(all.map(e => e.localName).filter(n => !allowed.has(n)))],
                styles: document.querySelectorAll('style').length,
                metas: document.querySelectorAll('meta').length,
                policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null,
                resources: performance.getEntriesByType('resource').length,
                sections: [...document.querySelectorAll('section.article')].map(section => {
                  const text = section.querySelector('.text');
                  const plain = text.cloneNode(true);
                  plain.querySelectorAll('a.ref, a.point').forEach(a => a.remove());
                  return {
                    text: plain.textContent,
                    items: [...section.querySelectorAll('ol.findings > li')].map((li, i) => {
                      const n = String(i + 1), href = '#' + li.id;
                      const numbers = [...text.querySelectorAll('a.ref, a.point')].filter(a => a.getAttribute('href') === href);
                      const marks = [...text.querySelectorAll('mark')].filter(m => m.dataset.findings.split(' ').includes(n));
                      return {
                        id: li.id,
                        rule: li.querySelector('code').textContent,
                        listed: visible(li),
                        numbered: numbers.length === 1 && visible(numbers[0]) && numbers[0].textContent.endsWith(n),
                        highlighted: numbers.some(a => a.classList.contains('point')) || marks.some(visible),
                      };
                    }),
                    highlights: text.querySelectorAll('mark, a.point').length,
                  };
                }),
              };
            })()
            """))!;
    }

    private async Task<string> SaveScreenshotAsync(BrowserPage page, string name)
    {
        string path = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots", name);
        await page.ScreenshotAsync(path);
        output.WriteLine("screenshot: " + path);
        return path;
    }

    private static async Task<string> ReportAsync(string input, string folder)
    {
        var result = await CliRunner.RunAsync("check", input, "--format", "html");
        Assert.True(result.ExitCode is 0 or 1, result.Stderr);
        string path = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(path, result.Stdout);
        return path;
    }

    /// <summary>What the scorer reported for each article of an input, from the tool's JSONL output.</summary>
    private static async Task<IReadOnlyList<Expected>> ScoresAsync(string input)
    {
        var result = await CliRunner.RunAsync("score", input);
        Assert.Equal(0, result.ExitCode);
        return [.. result.StdoutLines.Select(line =>
        {
            var record = JsonNode.Parse(line)!;
            return new Expected((string)record["id"]!, [.. record["findings"]!.AsArray().Select(f => new ExpectedFinding((string)f!["rule"]!, (int)f["start"]!))]);
        })];
    }

    internal sealed record Expected(string Id, IReadOnlyList<ExpectedFinding> Findings);

    internal sealed record ExpectedFinding(string Rule, int Start);
}
