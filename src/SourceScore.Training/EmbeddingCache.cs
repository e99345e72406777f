using System.Security.Cryptography;
using System.Text;
using SourceScore.Deep;

namespace SourceScore.Training;

/// <summary>
/// Sentence embeddings computed once and kept in a file outside the repository (artifacts/), keyed by a hash of
/// the text: embedding every training text takes about twenty minutes on two cores, and the trainer reads the
/// same texts each time. A missing or stale file only costs time.
/// </summary>
internal sealed class EmbeddingCache
{
    private readonly string _path;
    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private int _added;

    public EmbeddingCache(string path)
    {
        _path = path;
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        long end = reader.BaseStream.Length;
        while (reader.BaseStream.Position < end)
        {
            var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var v = new float[SentenceEmbedder.Dimensions];
            for (int i = 0; i < v.Length; i++)
            {
                v[i] = reader.ReadSingle();
            }

            _vectors[key] = v;
        }
    }

    /// <summary>Embeds every text not yet in the cache, in batches of similar length, and returns all of them in order.</summary>
    public float[][] Get(IReadOnlyList<string> texts, SentenceEmbedder embedder, TextWriter log)
    {
        var keys = texts.Select(Key).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => !_vectors.ContainsKey(keys[i])).DistinctBy(i => keys[i]).OrderBy(i => texts[i].Length).ToArray();
        const int Batch = 32;
        for (int b = 0; b < missing.Length; b += Batch)
        {
            var batch = missing.AsSpan(b, Math.Min(Batch, missing.Length - b)).ToArray();
            var vectors = embedder.Embed(Array.ConvertAll(batch, i => texts[i]), CancellationToken.None);
            for (int j = 0; j < batch.Length; j++)
            {
                _vectors[keys[batch[j]]] = vectors[j];
            }

            _added += batch.Length;
            if ((b / Batch) % 200 == 0)
            {
                log.WriteLine($"embedded {b + batch.Length} of {missing.Length} new pieces");
            }
        }

        return keys.Select(k => _vectors[k]).ToArray();
    }

    public void Save()
    {
        if (_added == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        using var writer = new BinaryWriter(File.Create(_path));
        foreach (var (key, v) in _vectors)
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            foreach (float f in v)
            {
                writer.Write(f);
            }
        }
    }

    private static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }
}
