using Npgsql;

namespace SourceScore.Orleans.Tests;

public sealed class ConnectionTuningTests
{
    [Fact]
    public void A_plain_connection_string_gains_auto_prepare_and_no_reset_on_close()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresClusterExtensions.Tuned("Host=db;Database=news;Username=u;Password=p"));
        Assert.Equal(32, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("news", tuned.Database);
        Assert.Equal("p", tuned.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void Settings_the_connection_string_gives_are_kept(string given)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresClusterExtensions.Tuned(given));
        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }
}
