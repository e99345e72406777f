using System.Globalization;

namespace SourceScore.Models;

/// <summary>
/// The decision threshold a trainer chose for a model, kept in the model's zip (entry <see cref="EntryName"/>) beside
/// the model it belongs to, so that a retrained model can never be read with an older threshold. ML.NET ignores the entry.
/// </summary>
internal static class ModelThreshold
{
    /// <summary>The zip entry the threshold is kept in.</summary>
    public const string EntryName = "SourceScore/decision.json";

    /// <summary>Writes (or replaces) the threshold in the model zip at <paramref name="zipPath"/>.</summary>
    public static void Write(string zipPath, double threshold) =>
        ModelZipEntry.Write(zipPath, EntryName, writer => writer.WriteNumber("threshold", threshold));

    /// <summary>Reads the threshold of the embedded model <paramref name="resourceName"/>, or says clearly that it has none.</summary>
    public static double Read(string resourceName)
    {
        using var stream = EmbeddedModel.OpenResource(resourceName, "model");
        return Read(stream, resourceName);
    }

    /// <summary>Reads the threshold of the model zip in <paramref name="model"/> (named <paramref name="name"/> in the message), or says clearly that it has none.</summary>
    public static double Read(Stream model, string name)
    {
        using var json = ModelZipEntry.Read(model, EntryName)
            ?? throw new InvalidOperationException($"The model '{name}' carries no decision threshold ({EntryName}). Retrain the model with src/SourceScore.Training.");
        double threshold = json.RootElement.GetProperty("threshold").GetDouble();
        return double.IsFinite(threshold) && threshold is > 0 and < 1
            ? threshold
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The model '{name}' carries a decision threshold out of (0, 1): {threshold}. Retrain the model."));
    }
}
