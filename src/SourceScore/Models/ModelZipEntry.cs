using System.IO.Compression;
using System.Text.Json;

namespace SourceScore.Models;

/// <summary>
/// A small JSON entry the project keeps inside a model's zip beside what ML.NET saved (the feature-schema stamp, a
/// decision threshold): written with a fixed time, so the same content gives the same bytes, and ignored by ML.NET.
/// </summary>
internal static class ModelZipEntry
{
    /// <summary>Writes (or replaces) the entry <paramref name="entryName"/> of the zip at <paramref name="zipPath"/>.</summary>
    public static void Write(string zipPath, string entryName, Action<Utf8JsonWriter> write)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new Utf8JsonWriter(entry.Open());
        writer.WriteStartObject();
        write(writer);
        writer.WriteEndObject();
    }

    /// <summary>Reads the entry <paramref name="entryName"/> of the model zip in <paramref name="model"/> (left open, its position anywhere); null when it has none.</summary>
    public static JsonDocument? Read(Stream model, string entryName)
    {
        using var zip = new ZipArchive(model, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(entryName);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return JsonDocument.Parse(stream);
    }
}
