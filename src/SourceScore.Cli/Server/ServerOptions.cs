namespace SourceScore.Cli.Server;

/// <summary>How <c>sourcescore serve</c> runs: where it listens, what it shares between requests, and its limits.</summary>
internal sealed record ServerOptions
{
    /// <summary>The default address: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The default request body limit, 2 MB.</summary>
    public const long DefaultMaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Gets the addresses to listen on (Kestrel's <c>--urls</c> syntax, separated by ';').</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Gets the source ledger file (SQLite) that scored articles are recorded in; none when <see langword="null"/>.</summary>
    public string? LedgerPath { get; init; }

    /// <summary>Gets the inputs indexed before the first request, as earlier coverage articles are compared with.</summary>
    public IReadOnlyList<string> Corpus { get; init; } = [];

    /// <summary>Gets the key every <c>/v1/</c> request and every draft sent from the editor's page must carry; none when <see langword="null"/>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Gets the largest request body accepted; a larger one gets 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Gets how many scoring requests run at once (default: two per core).</summary>
    public int MaxConcurrentScoring { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Gets how many scoring requests may wait for a turn; one more gets 503 with <c>Retry-After</c>.</summary>
    public int MaxQueuedScoring { get; init; } = 512;
}
