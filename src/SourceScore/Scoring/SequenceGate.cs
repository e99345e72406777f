namespace SourceScore.Scoring;

/// <summary>
/// Lets the articles of one stream pass a step one at a time, in input order, while everything else about them
/// runs in parallel: the cross-source step must see exactly the articles that came before (each looks the index
/// up, then adds itself). Thread-safe.
/// </summary>
internal sealed class SequenceGate
{
    private readonly object _lock = new();
    private long _next;

    /// <summary>Waits until every earlier article has left the step.</summary>
    public void Enter(long sequence, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            while (_next != sequence)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_lock, 20);
            }
        }
    }

    /// <summary>Lets the next article in.</summary>
    public void Leave(long sequence)
    {
        lock (_lock)
        {
            if (_next == sequence)
            {
                _next++;
                Monitor.PulseAll(_lock);
            }
        }
    }
}

/// <summary>One article's place at a <see cref="SequenceGate"/>.</summary>
internal sealed class SequenceTicket(SequenceGate gate, long sequence)
{
    private bool _entered;
    private bool _left;

    public void Enter(CancellationToken cancellationToken)
    {
        if (!_entered)
        {
            gate.Enter(sequence, cancellationToken);
            _entered = true;
        }
    }

    public void Leave()
    {
        if (_entered && !_left)
        {
            gate.Leave(sequence);
            _left = true;
        }
    }

    /// <summary>Takes and leaves the article's turn if the step never did (it failed or was not reached), so the articles after it are not held up.</summary>
    public void Finish(CancellationToken cancellationToken)
    {
        if (_left)
        {
            return;
        }

        try
        {
            Enter(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Leave();
    }
}
