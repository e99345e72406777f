using System.Reflection;
using Npgsql;

namespace SourceScore.Orleans;

/// <summary>
/// The PostgreSQL database a SourceScore cluster keeps its membership and its ledger in: Orleans' own ADO.NET scripts
/// for PostgreSQL (main, clustering, persistence; from the Orleans repository, MIT, see Sql/LICENSE-Orleans.txt), run
/// once. Running them again does nothing: each is run only when the queries it installs are missing.
/// </summary>
public static class ClusterDatabase
{
    private static readonly (string Script, string InstalledQuery)[] s_scripts =
    [
        ("PostgreSQL-Main.sql", string.Empty),
        ("PostgreSQL-Clustering.sql", "MembershipReadAllKey"),
        ("PostgreSQL-Persistence.sql", "WriteToStorageKey"),
    ];

    /// <summary>Creates the tables and queries the cluster needs in the database <paramref name="connectionString"/> names; returns the scripts that were run.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="cancellationToken">Cancels the work (a script already begun runs to its end).</param>
    /// <returns>The scripts run; empty when the database was ready.</returns>
    /// <exception cref="InvalidOperationException">The database cannot be reached or a script failed; the message says which.</exception>
    public static async Task<IReadOnlyList<string>> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var run = new List<string>();
        await using var connection = await OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
        bool hasQueryTable = await ScalarAsync(connection, "SELECT to_regclass('orleansquery') IS NOT NULL", cancellationToken).ConfigureAwait(false) is true;
        foreach (var (script, query) in s_scripts)
        {
            bool installed = query.Length == 0
                ? hasQueryTable
                : hasQueryTable && await ScalarAsync(connection, $"SELECT EXISTS (SELECT 1 FROM orleansquery WHERE querykey = '{query}')", cancellationToken).ConfigureAwait(false) is true;
            if (installed)
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

            hasQueryTable = true;
            run.Add(script);
        }

        return run;
    }

    /// <summary>Opens a connection, or says in one sentence which server and database could not be reached and why.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
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
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
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
