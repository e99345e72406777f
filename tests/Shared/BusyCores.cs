namespace SourceScore.Testing;

/// <summary>
/// Keeps every core busy while it lives: one spinning thread a core (and one more), at normal priority, so that
/// whatever runs beside it gets a share of the machine as it would on a loaded server. Disposing stops and joins
/// the threads.
/// </summary>
internal sealed class BusyCores : IDisposable
{
    private readonly Thread[] _threads;
    private volatile bool _stop;
    private long _turns;

    public BusyCores()
    {
        _threads = new Thread[Environment.ProcessorCount + 1];
        for (int i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Spin) { IsBackground = true, Name = "busy-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _threads[i].Start();
        }
    }

    /// <summary>Gets how many times the spinning threads went round; a test asserts it grew, so the load was real.</summary>
    public long Turns => Interlocked.Read(ref _turns);

    public void Dispose()
    {
        _stop = true;
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Spin()
    {
        double x = 1;
        while (!_stop)
        {
            for (int i = 0; i < 100_000; i++)
            {
                x = (x * 1.000001) + 1e-9;
            }

            Interlocked.Increment(ref _turns);
        }

        GC.KeepAlive(x);
    }
}
