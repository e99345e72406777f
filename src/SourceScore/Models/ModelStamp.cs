namespace SourceScore.Models;

/// <summary>
/// The feature schema a model was trained on, stamped into its zip (entry <see cref="EntryName"/>) by the trainer
/// that saved it: the feature set's name, its schema version and its feature count. <see cref="EmbeddedModel"/>
/// reads it before the model and refuses a model whose stamp is missing or differs from what the library computes,
/// so a model trained on an older feature order is never evaluated on the new one. ML.NET ignores the entry.
/// </summary>
/// <param name="Features">The feature set (<c>markup</c>, <c>machine</c>, <c>claims</c>, <c>stance</c>, <c>machine+deep</c>).</param>
/// <param name="Schema">The feature set's schema version: it changes whenever the vector does.</param>
/// <param name="Count">The number of features.</param>
internal readonly record struct ModelStamp(string Features, int Schema, int Count)
{
    /// <summary>The zip entry the stamp is kept in.</summary>
    public const string EntryName = "SourceScore/feature-schema.json";

    /// <summary>Writes (or replaces) the stamp in the model zip at <paramref name="zipPath"/>.</summary>
    public static void Write(string zipPath, ModelStamp stamp) =>
        ModelZipEntry.Write(zipPath, EntryName, writer =>
        {
            writer.WriteString("features", stamp.Features);
            writer.WriteNumber("schema", stamp.Schema);
            writer.WriteNumber("count", stamp.Count);
        });

    /// <summary>Reads the stamp of a model zip (the stream is left open, its position anywhere); null when it has none.</summary>
    public static ModelStamp? Read(Stream model)
    {
        using var json = ModelZipEntry.Read(model, EntryName);
        if (json is null)
        {
            return null;
        }

        var root = json.RootElement;
        return new ModelStamp(root.GetProperty("features").GetString() ?? string.Empty, root.GetProperty("schema").GetInt32(), root.GetProperty("count").GetInt32());
    }

    /// <summary>Throws, naming the model and both stamps, unless <paramref name="found"/> is <paramref name="expected"/>.</summary>
    public static void Check(string resourceName, ModelStamp? found, ModelStamp expected)
    {
        if (found is not { } stamp)
        {
            throw new InvalidOperationException(
                $"The model '{resourceName}' carries no feature-schema stamp ({EntryName}); this version of the library computes {expected.Features} feature schema {expected.Schema} ({expected.Count} features). Retrain the model with src/SourceScore.Training.");
        }

        if (stamp != expected)
        {
            throw new InvalidOperationException(
                $"The model '{resourceName}' was trained on {stamp.Features} feature schema {stamp.Schema} ({stamp.Count} features), but this version of the library computes {expected.Features} feature schema {expected.Schema} ({expected.Count} features): the model and the feature extractor are out of step. Retrain the model with src/SourceScore.Training.");
        }
    }
}
