using System.Text.RegularExpressions;
using Microsoft.ML.Data;
using Microsoft.ML;
using SourceScore.Deep;
using SourceScore.Models;
using SourceScore.Signals.Claims;
using SourceScore.Signals.Machine;
using SourceScore.Signals.Markup;
using SourceScore.StanceReader;

namespace SourceScore.Training;

/// <summary>
/// Stamps committed models that were saved before trainers wrote a <see cref="ModelStamp"/>, without retraining them:
/// a model is stamped only when its card records the schema version the library computes and its feature column has
/// the library's feature count; otherwise it is left alone and named (retrain it). Trainers stamp what they save.
/// </summary>
internal static partial class ModelStamper
{
    public static int Run(string modelsDir, TextWriter log)
    {
        var models = new List<(string Zip, string Card, ModelStamp Stamp)>
        {
            ("markup-v1.zip", "markup-v1.md", MarkupFeatures.Stamp),
            ("machine-v1.zip", "machine-v1.md", MachineFeatures.Stamp),
            ("claims-v1.zip", "claims-v1.md", ClaimFeatures.Stamp),
            ("machine-deep-v1.zip", "machine-v1.md", DeepMachineModel.Stamp),
        };
        models.AddRange(StanceModel.Classes.Select(c => ($"stance-v1.{c.ToName()}.zip", "stance-v1.md", StanceFeatures.Stamp)));
        int refused = 0;
        foreach (var (zip, card, stamp) in models)
        {
            string path = Path.Combine(modelsDir, zip);
            var version = CardSchema().Match(File.ReadAllText(Path.Combine(modelsDir, card)));
            int recorded = version.Success ? int.Parse(version.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
            int size = FeatureSize(path);
            int expected = stamp.Features == "machine+deep" ? MachineFeatures.SchemaVersion : stamp.Schema;
            if (recorded != expected || size != stamp.Count)
            {
                log.WriteLine($"{zip}: card schema {recorded}, {size} features; the library computes schema {expected}, {stamp.Count} features: not stamped, retrain it");
                refused++;
                continue;
            }

            ModelStamp.Write(path, stamp);
            log.WriteLine($"{zip}: stamped {stamp.Features} schema {stamp.Schema}, {stamp.Count} features");
        }

        return refused == 0 ? 0 : 1;
    }

    private static int FeatureSize(string path)
    {
        var ml = new MLContext(seed: 0);
        using var stream = File.OpenRead(path);
        ml.Model.Load(stream, out var schema);
        return (schema.GetColumnOrNull("Features")?.Type as VectorDataViewType)?.Size ?? 0;
    }

    [GeneratedRegex(@"## Features \(schema version (\d+)\)", RegexOptions.NonBacktracking)]
    private static partial Regex CardSchema();
}
