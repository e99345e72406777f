using System.Globalization;

namespace SourceScore.Cli.Output;

/// <summary>
/// Progress on standard error while a feed is scored: articles done, articles a second, time elapsed. On a terminal
/// it rewrites one line every second; otherwise (<c>--progress</c>) it writes a line every few seconds. When the run
/// ends — finished or cancelled — it writes the totals. Never writes to standard output, so the results stay clean.
/// </summary>
internal sealed class ProgressReporter : IAsyncDisposable
{
    /// <summary>How often a terminal's line is rewritten.</summary>
    public static readonly TimeSpan TerminalInterval = TimeSpan.FromSeconds(1);

    /// <summary>How often a line is written with <c>--progress</c> when standard error is not a terminal.</summary>
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private long _count;
    private bool _done;

    public ProgressReporter(TextWriter error, bool terminal, TimeProvider? time = null)
    {
        _error = error;
        _terminal = terminal;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
        var interval = terminal ? TerminalInterval : LogInterval;
        _timer = _time.CreateTimer(_ => Report(final: false), null, interval, interval);
    }

    /// <summary>Counts one more article scored and written.</summary>
    public void Add() => Interlocked.Increment(ref _count);

    /// <summary>Stops the timer and writes the totals.</summary>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        Report(final: true);
    }

    private void Report(bool final)
    {
        lock (_lock)
        {
            if (_done)
            {
                return;
            }

            _done = final;
            long count = Interlocked.Read(ref _count);
            var elapsed = _time.GetElapsedTime(_started);
            double rate = elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;
            string line = string.Create(
                CultureInfo.InvariantCulture,
                $"sourcescore: {count:N0} article{(count == 1 ? string.Empty : "s")}{(final ? " in all" : string.Empty)}, {rate:N0} articles/s, {(int)elapsed.TotalHours:00}:{elapsed:mm\\:ss} elapsed");
            if (_terminal)
            {
                // Rewrite the same line: carriage return, the line, clear to its end.
                _error.Write("\r" + line + "\u001b[K" + (final ? Environment.NewLine : string.Empty));
            }
            else
            {
                _error.WriteLine(line);
            }

            _error.Flush();
        }
    }
}
