using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace SourceScore.Orleans.Tests;

/// <summary>
/// A real cluster on this machine: the PostgreSQL of <c>$SOURCESCORE_POSTGRES</c> (.ci/run starts Debian's postgresql
/// and makes the database), prepared with <c>sourcescore cluster init</c>, and silos run as the tool's own processes.
/// A test that needs it fails, saying how to start it, when PostgreSQL cannot be reached; it never skips.
/// </summary>
internal static class PostgresCluster
{
    private static readonly TimeSpan s_bound = TimeSpan.FromMinutes(3);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("SOURCESCORE_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Database=sourcescore_test;Username=sourcescore;Password=sourcescore";

    /// <summary>Checks that PostgreSQL answers, failing the test with how to start it when it does not.</summary>
    public static async Task RequireAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            Assert.Fail($"PostgreSQL is needed for the cluster tests and cannot be reached ({ex.Message}). Start it and make the test database as .ci/run does: " +
                "pg_ctlcluster <version> main start; psql as postgres: CREATE ROLE sourcescore LOGIN PASSWORD 'sourcescore'; CREATE DATABASE sourcescore_test OWNER sourcescore; " +
                "or point SOURCESCORE_POSTGRES at another database.");
        }
    }

    /// <summary>
    /// A database of the test's own, made from <see cref="ConnectionString"/>'s (its role may create databases; .ci/run
    /// gives it that right), and dropped afterwards: the cluster's ledger and index outlive silos, not tests.
    /// </summary>
    public static async Task<Database> CreateDatabaseAsync()
    {
        await RequireAsync();
        string name = "sourcescore_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name };
        return new Database(name, builder.ConnectionString);
    }

    /// <summary>Runs the tool to its end; returns its exit code, standard output and standard error.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunToolAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        using var deadline = new CancellationTokenSource(s_bound);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the tool without waiting for it (its standard output read by the caller).</summary>
    public static Process StartTool(params string[] args) => Process.Start(StartInfo(args))!;

    /// <summary>Starts a silo on free ports (with the tool's <paramref name="options"/>, e.g. <c>--deep</c>) and waits until it says it is up.</summary>
    public static async Task<Silo> StartSiloAsync(string connectionString, params string[] options)
    {
        int port = FreePort(), gateway = FreePort();
        var process = Process.Start(StartInfo(["silo", "--postgres", connectionString, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--gateway-port", gateway.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options]))!;
        var said = new StringBuilder();
        using var deadline = new CancellationTokenSource(s_bound);
        while (await process.StandardError.ReadLineAsync(deadline.Token) is { } line)
        {
            said.AppendLine(line);
            if (line.StartsWith("sourcescore: silo up", StringComparison.Ordinal))
            {
                return new Silo(process, process.StandardError.ReadToEndAsync(CancellationToken.None));
            }
        }

        await process.WaitForExitAsync(deadline.Token);
        throw new InvalidOperationException($"the silo did not start (exit {process.ExitCode}):\n{said}");
    }

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SourceScore.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A test's database, dropped (its connections closed) on disposal.</summary>
    public sealed class Database(string name, string connectionString) : IAsyncDisposable
    {
        public string ConnectionString { get; } = connectionString;

        public string Name => name;

        /// <summary>
        /// Makes the database unreachable as a stopped server is to its clients: new connections refused, open ones
        /// cut. (The server itself stays up for the other tests' databases.)
        /// </summary>
        public async Task MakeUnreachableAsync()
        {
            await using var connection = new NpgsqlConnection(PostgresCluster.ConnectionString);
            await connection.OpenAsync();
            await using var refuse = new NpgsqlCommand($"ALTER DATABASE {name} ALLOW_CONNECTIONS false", connection);
            await refuse.ExecuteNonQueryAsync();
            await using var cut = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'", connection);
            await cut.ExecuteNonQueryAsync();
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresCluster.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A silo process.</summary>
    public sealed class Silo(Process process, Task<string> rest) : IAsyncDisposable
    {
        /// <summary>Kills the silo at once (SIGKILL), as a machine lost would.</summary>
        public async Task KillAsync()
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        /// <summary>Sends SIGTERM and waits for the silo to leave the cluster; returns its exit code and what it said.</summary>
        public async Task<(int Code, string Said)> StopAsync()
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync();
            }

            using var deadline = new CancellationTokenSource(s_bound);
            await process.WaitForExitAsync(deadline.Token);
            return (process.ExitCode, await rest);
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }
}
