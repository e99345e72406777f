namespace SourceScore.Cli.Tests.Server;

/// <summary>A check that holds every article until it is released: a request in flight, for as long as a test needs one.</summary>
internal sealed class BlockingCheck : ICheck, IDisposable
{
    private static readonly Rule s_rule = new("SS1902", Signal.Markup, "Test hold", "Held by the test", Severity.Info, "Holds the article until the test releases it; reports nothing.");

    private readonly SemaphoreSlim _entered = new(0);
    private readonly ManualResetEventSlim _release = new(false);

    public IReadOnlyList<Rule> Rules => [s_rule];

    public void Run(CheckContext context)
    {
        _entered.Release();
        if (!_release.Wait(TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException("the test never released the held article");
        }
    }

    /// <summary>Waits until an article is being held.</summary>
    public Task WaitEnteredAsync() => _entered.WaitAsync(TimeSpan.FromMinutes(2)).ContinueWith(t => Assert.True(t.Result, "no article reached the check"), TaskScheduler.Default);

    public void Release() => _release.Set();

    public void Dispose()
    {
        _release.Set();
        _entered.Dispose();
        _release.Dispose();
    }
}
