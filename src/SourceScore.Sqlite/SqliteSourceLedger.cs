using System.Globalization;
using Microsoft.Data.Sqlite;
using SourceScore.Ledger;

namespace SourceScore;

/// <summary>
/// The default <see cref="ISourceLedger"/>: one SQLite file (write-ahead log), created when missing. Each
/// article is recorded in one transaction that logs it (table <c>articles</c>: source, id, date, overall score
/// and signal risks) and updates its source's running sums (table <c>sources</c>), so a crash or
/// <c>kill -9</c> leaves every article either wholly recorded or not at all. Several processes may write the
/// same file: each transaction takes the write lock first and waits up to 30 seconds for it. Thread-safe.
/// </summary>
public sealed class SqliteSourceLedger : ISourceLedger, IDisposable
{
    private const int SchemaVersion = 1;
    private static readonly string[] s_signalColumns = [.. SourceTally.Signals.Select(s => s.ToName())];

    /// <summary>The columns of a source's sums, in <see cref="ReadTally"/> order.</summary>
    private static readonly string s_tallyColumns =
        "articles, weight, total, reference, first_seen, last_seen, " + string.Join(", ", s_signalColumns.Select(c => $"{c}_total, {c}_weight"));

    // The statements each recorded article runs, built once.
    private static readonly string s_readSql = $"SELECT {s_tallyColumns} FROM sources WHERE source = $source";
    private static readonly string s_writeSql =
        $"INSERT OR REPLACE INTO sources (source, {s_tallyColumns}) VALUES ($source, $articles, $weight, $total, $reference, $first, $last, "
        + string.Join(", ", s_signalColumns.Select(c => $"${c}_total, ${c}_weight")) + ")";
    private static readonly string s_logSql =
        $"INSERT INTO articles (source, id, seen, recorded, overall, {string.Join(", ", s_signalColumns)}) VALUES ($source, $id, $seen, $recorded, $overall, {string.Join(", ", s_signalColumns.Select(c => "$" + c))})";

    private readonly SqliteConnection _connection;
    private readonly SourceLedgerOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    /// <summary>Opens the ledger in a file, creating the file when it is missing.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How credibility is weighed; <see langword="null"/> for the defaults. The half-life is fixed when the file is created.</param>
    /// <param name="timeProvider">The clock that dates articles without a publication date; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The file is not a SourceScore ledger, is from another version, was made with another half-life, or cannot be opened.</exception>
    public SqliteSourceLedger(string path, SourceLedgerOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _options = options ?? SourceLedgerOptions.Default;
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        Path = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
            CreateOrCheckSchema();
        }
        catch (SqliteException ex)
        {
            _connection.Dispose();
            throw new InvalidOperationException($"{Path}: not a usable SourceScore ledger ({ex.Message.TrimEnd('.')}).", ex);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Gets the full path of the ledger file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public SourceRecord? Record(Article article, ArticleScore score)
    {
        if (!SourceTally.TryPlace(article, score, _time, out string source, out long ticks))
        {
            return null;
        }

        lock (_lock)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            var known = Read(source, transaction);
            var before = known?.ToRecord(source, _options);
            var tally = known ?? SourceTally.Empty();
            tally.Add(ticks, score, _options.HalfLife);
            Write(source, tally, transaction);
            Log(source, article, score, ticks, transaction);
            transaction.Commit();
            return before;
        }
    }

    /// <inheritdoc/>
    public SourceRecord? Find(string source)
    {
        string key = SourceTally.KeyOf(source);
        lock (_lock)
        {
            return Read(key, null)?.ToRecord(key, _options);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<SourceRecord> List()
    {
        var records = new List<SourceRecord>();
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT source, {s_tallyColumns} FROM sources";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                records.Add(ReadTally(reader, 1).ToRecord(reader.GetString(0), _options));
            }
        }

        records.Sort(SourceTally.Rank);
        return records;
    }

    /// <summary>
    /// Checks the file: SQLite's integrity check, and that every source's article count is the number of
    /// articles logged for it. Returns the problems found; empty when there are none.
    /// </summary>
    /// <returns>One line per problem.</returns>
    public IReadOnlyList<string> Verify()
    {
        var problems = new List<string>();
        lock (_lock)
        {
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "PRAGMA integrity_check";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    string line = reader.GetString(0);
                    if (line != "ok")
                    {
                        problems.Add(line);
                    }
                }
            }

            using (var command = _connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT s.source, s.articles, (SELECT COUNT(*) FROM articles a WHERE a.source = s.source) FROM sources s
                    UNION ALL
                    SELECT a.source, 0, COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.source = a.source) GROUP BY a.source
                    """;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    if (reader.GetInt64(1) != reader.GetInt64(2))
                    {
                        problems.Add(string.Create(CultureInfo.InvariantCulture, $"source '{reader.GetString(0)}' counts {reader.GetInt64(1)} articles but {reader.GetInt64(2)} are logged"));
                    }
                }
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    private void CreateOrCheckSchema()
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        Execute($"""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS sources (
                source TEXT PRIMARY KEY, articles INTEGER NOT NULL, weight REAL NOT NULL, total REAL NOT NULL,
                reference INTEGER NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
                {string.Join(", ", s_signalColumns.Select(c => $"{c}_total REAL NOT NULL, {c}_weight REAL NOT NULL"))});
            CREATE TABLE IF NOT EXISTS articles (
                seq INTEGER PRIMARY KEY, source TEXT NOT NULL, id TEXT NOT NULL, seen INTEGER NOT NULL, recorded TEXT NOT NULL,
                overall REAL NOT NULL, {string.Join(", ", s_signalColumns.Select(c => $"{c} REAL"))});
            CREATE INDEX IF NOT EXISTS articles_by_source ON articles (source);
            INSERT OR IGNORE INTO meta VALUES ('schema', '{SchemaVersion}');
            INSERT OR IGNORE INTO meta VALUES ('half_life_ticks', '{_options.HalfLife.Ticks.ToString(CultureInfo.InvariantCulture)}');
            """, transaction);
        string? schema = Meta("schema", transaction);
        if (schema != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{Path}: ledger schema {schema} is not the supported version {SchemaVersion}.");
        }

        string? halfLife = Meta("half_life_ticks", transaction);
        if (halfLife != _options.HalfLife.Ticks.ToString(CultureInfo.InvariantCulture))
        {
            var made = long.TryParse(halfLife, NumberStyles.Integer, CultureInfo.InvariantCulture, out long ticks) ? TimeSpan.FromTicks(ticks).ToString() : halfLife;
            throw new InvalidOperationException($"{Path}: the ledger was made with a half-life of {made}, not {_options.HalfLife}; its sums cannot be mixed.");
        }

        transaction.Commit();
    }

    private string? Meta(string key, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private SourceTally? Read(string source, SqliteTransaction? transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = s_readSql;
        command.Parameters.AddWithValue("$source", source);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadTally(reader, 0) : null;
    }

    private static SourceTally ReadTally(SqliteDataReader reader, int at)
    {
        var tally = SourceTally.Empty();
        tally.Articles = reader.GetInt64(at);
        tally.Weight = reader.GetDouble(at + 1);
        tally.Total = reader.GetDouble(at + 2);
        tally.ReferenceTicks = reader.GetInt64(at + 3);
        tally.FirstTicks = reader.GetInt64(at + 4);
        tally.LastTicks = reader.GetInt64(at + 5);
        for (int s = 0; s < s_signalColumns.Length; s++)
        {
            tally.SignalTotals[s] = reader.GetDouble(at + 6 + (2 * s));
            tally.SignalWeights[s] = reader.GetDouble(at + 7 + (2 * s));
        }

        return tally;
    }

    private void Write(string source, SourceTally tally, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = s_writeSql;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$articles", tally.Articles);
        command.Parameters.AddWithValue("$weight", tally.Weight);
        command.Parameters.AddWithValue("$total", tally.Total);
        command.Parameters.AddWithValue("$reference", tally.ReferenceTicks);
        command.Parameters.AddWithValue("$first", tally.FirstTicks);
        command.Parameters.AddWithValue("$last", tally.LastTicks);
        for (int s = 0; s < s_signalColumns.Length; s++)
        {
            command.Parameters.AddWithValue($"${s_signalColumns[s]}_total", tally.SignalTotals[s]);
            command.Parameters.AddWithValue($"${s_signalColumns[s]}_weight", tally.SignalWeights[s]);
        }

        command.ExecuteNonQuery();
    }

    private void Log(string source, Article article, ArticleScore score, long ticks, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = s_logSql;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$seen", ticks);
        command.Parameters.AddWithValue("$recorded", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$overall", score.Overall!.Value); // TryPlace refuses an unscored article
        for (int s = 0; s < s_signalColumns.Length; s++)
        {
            command.Parameters.AddWithValue("$" + s_signalColumns[s], (object?)score.GetSignal(SourceTally.Signals[s])?.Risk ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
