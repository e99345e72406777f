using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SourceScore.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (one WebSocket, flat sessions): enough to open a
/// page, watch what it does (dialogs, console calls, exceptions, network requests), evaluate an expression in it
/// and take a screenshot. Every wait has a deadline, and disposal kills the browser.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    // A bound only a hang reaches: on a loaded machine the browser can take many seconds to start.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly List<JsonObject> _events = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _send = new(1, 1);
    private TaskCompletionSource _eventArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _reader;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser: <c>$SOURCESCORE_CHROMIUM</c>, else the first of chromium, chromium-browser, google-chrome on the PATH.</summary>
    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("SOURCESCORE_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in new[] { "chromium", "chromium-browser", "google-chrome" })
            {
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        string executable = FindExecutable() ?? throw new InvalidOperationException(
            "Chromium was not found. Install Debian's chromium package (.ci/run does: apt-get install chromium) or set SOURCESCORE_CHROMIUM to the browser.");
        string profile = Path.Combine(Path.GetTempPath(), "sourcescore-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            process.OutputDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            string endpoint = await ReadEndpointAsync(process).ConfigureAwait(false);
            using var connect = new CancellationTokenSource(s_timeout);
            await browser._socket.ConnectAsync(new Uri(endpoint), connect.Token).ConfigureAwait(false);
            browser._reader = Task.Run(browser.ReadLoopAsync);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens a page of the given size, attaches to it and starts watching it; <paramref name="url"/> is loaded when this returns.</summary>
    public async Task<BrowserPage> OpenAsync(string url, int width, int height)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }).ConfigureAwait(false);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = (string)target["targetId"]!, ["flatten"] = true }).ConfigureAwait(false);
        var page = new BrowserPage(this, (string)attached["sessionId"]!);
        foreach (string domain in new[] { "Page", "Runtime", "Network", "Log" })
        {
            await page.SendAsync(domain + ".enable").ConfigureAwait(false);
        }

        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false }).ConfigureAwait(false);
        int mark = EventCount;
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url }).ConfigureAwait(false);
        await WaitForEventAsync("Page.loadEventFired", page.SessionId, mark).ConfigureAwait(false);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(new CancellationTokenSource(s_timeout).Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        if (_reader is not null)
        {
            await Task.WhenAny(_reader, Task.Delay(s_timeout)).ConfigureAwait(false);
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        _send.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be letting go of its profile; a leftover temp folder does not make a test wrong.
        }
    }

    internal int EventCount
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>The events of one session, in arrival order.</summary>
    internal IReadOnlyList<JsonObject> EventsOf(string sessionId)
    {
        lock (_lock)
        {
            return [.. _events.Where(e => (string?)e["sessionId"] == sessionId)];
        }
    }

    internal async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null)
    {
        var source = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (_lock)
        {
            id = ++_nextId;
            _pending[id] = source;
        }

        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        await _send.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }

        var reply = await source.Task.WaitAsync(s_timeout).ConfigureAwait(false);
        if (reply["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return reply["result"]?.AsObject() ?? [];
    }

    /// <summary>Waits for an event of a session that arrived after the first <paramref name="after"/> events.</summary>
    internal async Task<JsonObject> WaitForEventAsync(string method, string sessionId, int after)
    {
        using var deadline = new CancellationTokenSource(s_timeout);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                for (int i = after; i < _events.Count; i++)
                {
                    if ((string?)_events[i]["method"] == method && (string?)_events[i]["sessionId"] == sessionId)
                    {
                        return _events[i];
                    }
                }

                arrived = _eventArrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Chromium sent no {method} within {s_timeout.TotalSeconds} s.");
            }
        }
    }

    private static async Task<string> ReadEndpointAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(s_timeout);
        var said = new StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await process.StandardError.ReadLineAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("Chromium did not open its DevTools endpoint in time. It said:\n" + said);
            }

            if (line is null)
            {
                throw new InvalidOperationException("Chromium exited before opening its DevTools endpoint. It said:\n" + said);
            }

            said.AppendLine(line);
            if (Endpoint().Match(line) is { Success: true } match)
            {
                // Keep draining standard error so that the browser never blocks on a full pipe.
                _ = Task.Run(async () =>
                {
                    while (await process.StandardError.ReadLineAsync().ConfigureAwait(false) is not null)
                    {
                    }
                });
                return match.Groups[1].Value;
            }
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                Dispatch(json);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The browser is being shut down.
        }

        lock (_lock)
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
            }
        }
    }

    private void Dispatch(JsonObject json)
    {
        if (json["id"] is JsonNode idNode)
        {
            TaskCompletionSource<JsonObject>? source;
            lock (_lock)
            {
                _pending.Remove((int)idNode, out source);
            }

            source?.TrySetResult(json);
            return;
        }

        TaskCompletionSource arrived;
        lock (_lock)
        {
            _events.Add(json);
            arrived = _eventArrived;
            _eventArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();

        // A dialog (alert, confirm) would block the page: dismiss it at once; the event stays recorded.
        if ((string?)json["method"] == "Page.javascriptDialogOpening" && (string?)json["sessionId"] is string session)
        {
            _ = SendAsync("Page.handleJavaScriptDialog", new JsonObject { ["accept"] = false }, session);
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Endpoint();
}
