using System.Reflection;
using Npgsql;

namespace SourceScore.Orleans;

/// <summary>
/// The PostgreSQL database a SourceScore cluster keeps its membership, its ledger and its story index in: Orleans' own
/// ADO.NET scripts for PostgreSQL (main, clustering, persistence; from the Orleans repository, MIT, see
/// Sql/LICENSE-Orleans.txt) and the index's table (Sql/SourceScore-Index.sql), run once. Running them again does
/// nothing: each is run only when what it installs is missing.
/// </summary>
public static class ClusterDatabase
{
    // Each script, and the query that says it has run.
    private static readonly (string Script, string Installed)[] s_scripts =
    [
        ("PostgreSQL-Main.sql", "SELECT to_regclass('orleansquery') IS NOT NULL"),
        ("PostgreSQL-Clustering.sql", "SELECT to_regclass('orleansquery') IS NOT NULL AND EXISTS (SELECT 1 FROM orleansquery WHERE querykey = 'MembershipReadAllKey')"),
        ("PostgreSQL-Persistence.sql", "SELECT to_regclass('orleansquery') IS NOT NULL AND EXISTS (SELECT 1 FROM orleansquery WHERE querykey = 'WriteToStorageKey')"),
        ("SourceScore-Index.sql", "SELECT to_regclass('sourcescore_index') IS NOT NULL"),
    ];

    /// <summary>Creates the tables and queries the cluster needs in the database <paramref name="connectionString"/> names; returns the scripts that were run.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="cancellationToken">Cancels the work (a script already begun runs to its end).</param>
    /// <returns>The scripts run; empty when the database was ready.</returns>
    /// <exception cref="InvalidOperationException">The database cannot be reached or a script failed; the message says which.</exception>
    public static async Task<IReadOnlyList<string>> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var run = new List<string>();
        await using var connection = await OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
        foreach (var (script, installed) in s_scripts)
        {
            if (await ScalarAsync(connection, installed, cancellationToken).ConfigureAwait(false) is true)
            {
                continue;
            }

            try
            {
                await using var command = new NpgsqlCommand(Script(script), connection);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException ex)
            {
                throw new InvalidOperationException($"PostgreSQL {Describe(connectionString)}: {script} failed: {ex.Message}", ex);
            }

            run.Add(script);
        }

        return run;
    }

    /// <summary>Checks that the database answers, or says in one sentence which server and database could not be reached and why.</summary>
    internal static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a connection, or says in one sentence which server and database could not be reached and why.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("no PostgreSQL connection string given (Host=...;Database=...;Username=...;Password=...)");
        }

        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"not a PostgreSQL connection string ({ex.Message})", ex);
        }

        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"cannot reach PostgreSQL {Describe(connectionString)}: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    /// <summary>The server and database of a connection string, without its password.</summary>
    internal static string Describe(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            return "(a connection string that is not one)";
        }

        return $"at {builder.Host ?? "localhost"}:{builder.Port}, database {builder.Database ?? "(default)"}, user {builder.Username ?? "(default)"}";
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SourceScore.Orleans.Sql." + name)
            ?? throw new InvalidOperationException($"the script {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
