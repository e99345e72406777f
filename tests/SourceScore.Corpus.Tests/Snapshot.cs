using SourceScore.Testing;

namespace SourceScore.Corpus.Tests;

/// <summary>
/// Golden files: the received text must equal Snapshots/NAME.verified.txt. On a difference the received
/// text is written beside it as NAME.received.txt (git-ignored) for review; accept a reviewed change by
/// copying it over the verified file. A missing verified file fails the test too.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string name, string received)
    {
        string dir = Path.Combine(TestPaths.RepoRoot, "tests", "SourceScore.Corpus.Tests", "Snapshots");
        string verifiedPath = Path.Combine(dir, name + ".verified.txt");
        string receivedPath = Path.Combine(dir, name + ".received.txt");
        received = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(verified is null
            ? $"No verified snapshot {verifiedPath}; review {receivedPath} and rename it to accept."
            : $"Snapshot {name} changed; review the diff between {receivedPath} and {verifiedPath}.");
    }
}
