using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace SourceScore.Configuration;

/// <summary>
/// Turns an <c>IConfiguration</c> section into the tree a file gives (<see cref="ConfigNode"/>): a section whose children
/// are numbered 0, 1, … is an array, any other section with children an object, a value a string (numbers are read by
/// <see cref="ConfigurationReader"/> from it).
/// </summary>
internal static class ConfigurationSectionReader
{
    public static ConfigNode ToNode(IConfiguration configuration) => ToNode(configuration, depth: 0);

    private static ConfigNode ToNode(IConfiguration configuration, int depth)
    {
        var children = configuration.GetChildren().ToList();
        if (children.Count == 0 || depth > 16)
        {
            string? value = configuration is IConfigurationSection section ? section.Value : null;
            return value is null ? new ConfigNode(JsonValueKind.Null, 0) : new ConfigNode(JsonValueKind.String, 0) { Value = value };
        }

        bool numbered = children.Select((c, i) => c.Key == i.ToString(CultureInfo.InvariantCulture)).All(b => b)
            || children.All(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (numbered)
        {
            var array = new ConfigNode(JsonValueKind.Array, 0);
            foreach (var child in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                array.Items.Add(ToNode(child, depth + 1));
            }

            return array;
        }

        var obj = new ConfigNode(JsonValueKind.Object, 0);
        foreach (var child in children)
        {
            obj.Members.Add((child.Key, 0, ToNode(child, depth + 1)));
        }

        return obj;
    }
}
