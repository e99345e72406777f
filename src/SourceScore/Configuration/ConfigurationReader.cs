using System.Globalization;
using System.Text.Json;

namespace SourceScore.Configuration;

/// <summary>
/// Checks a configuration as written (<see cref="ConfigNode"/>) and makes it a <see cref="SourceScoreConfiguration"/>:
/// the first bad setting is a <see cref="SourceScoreConfigurationException"/> naming the file, the line and the key.
/// Rule ids are checked for their form here and against the scorer's rules by <see cref="ScorerBuilder.Build"/>.
/// </summary>
internal static class ConfigurationReader
{
    /// <summary>The longest house boilerplate line: longer lines are prose, not furniture.</summary>
    public const int MaxBoilerplateLine = 300;

    /// <summary>The most overrides a file holds (the scorer keeps the set an article's source matches as 64 bits).</summary>
    public const int MaxOverrides = 64;

    private const int MaxListLength = 10_000;

    private static readonly string[] s_topKeys = ["$schema", "rules", "weights", "failUnder", "house", "overrides"];
    private static readonly string[] s_houseKeys = ["boilerplate", "names", "words"];
    private static readonly string[] s_overrideKeys = ["files", "sources", "rules", "weights", "failUnder"];

    public static SourceScoreConfiguration Read(ConfigNode root, string file, bool fromSection)
    {
        var reader = new Reader(file, fromSection);
        return reader.ReadRoot(root);
    }

    private sealed class Reader(string file, bool fromSection)
    {
        private StringComparison KeyComparison => fromSection ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        public SourceScoreConfiguration ReadRoot(ConfigNode root)
        {
            Expect(root, JsonValueKind.Object, "(file)", "the settings must be one JSON object");
            var origins = new Dictionary<string, SettingOrigin>(StringComparer.Ordinal);
            var rules = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
            var weights = new Dictionary<Signal, double>();
            double? failUnder = null;
            IReadOnlyList<string> boilerplate = [], words = [];
            IReadOnlyDictionary<string, IReadOnlyList<string>> names = new Dictionary<string, IReadOnlyList<string>>();
            var overrides = new List<ConfigurationOverride>();
            foreach (var (name, line, value) in root.Members)
            {
                switch (Known(name, line, name, s_topKeys))
                {
                    case "$schema":
                        break;
                    case "rules":
                        ReadRules(value, "rules", rules, origins, string.Empty);
                        break;
                    case "weights":
                        ReadWeights(value, "weights", weights, origins, string.Empty);
                        break;
                    case "failUnder":
                        failUnder = ReadFailUnder(value, "failUnder");
                        origins["failUnder"] = Origin(value.Line, string.Empty);
                        break;
                    case "house":
                        Expect(value, JsonValueKind.Object, "house", "must be an object with 'boilerplate', 'names' and 'words'");
                        foreach (var (houseName, houseLine, houseValue) in value.Members)
                        {
                            string key = "house." + houseName;
                            switch (Known(houseName, houseLine, key, s_houseKeys))
                            {
                                case "boilerplate":
                                    boilerplate = ReadStrings(houseValue, key, MaxBoilerplateLine, allowSpaces: true);
                                    break;
                                case "names":
                                    names = ReadNames(houseValue, key);
                                    break;
                                default:
                                    words = ReadStrings(houseValue, key, 64, allowSpaces: false);
                                    break;
                            }

                            origins[key] = Origin(houseValue.Line, string.Empty);
                        }

                        break;
                    default:
                        Expect(value, JsonValueKind.Array, "overrides", "must be an array of objects, each with 'files' or 'sources'");
                        if (value.Items.Count > MaxOverrides)
                        {
                            throw Error(value.Line, "overrides", $"has {value.Items.Count} overrides; at most {MaxOverrides}");
                        }

                        for (int i = 0; i < value.Items.Count; i++)
                        {
                            overrides.Add(ReadOverride(value.Items[i], i));
                        }

                        break;
                }
            }

            return new SourceScoreConfiguration(fromSection ? null : file, rules, weights, failUnder, boilerplate, names, words, overrides, origins);
        }

        private ConfigurationOverride ReadOverride(ConfigNode node, int index)
        {
            string at = $"overrides[{index}]";
            Expect(node, JsonValueKind.Object, at, "must be an object with 'files' or 'sources'");
            var globs = new List<PathGlob>();
            IReadOnlyList<string> sources = [];
            var rules = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
            var weights = new Dictionary<Signal, double>();
            var origins = new Dictionary<string, SettingOrigin>(StringComparer.Ordinal);
            double? failUnder = null;
            // Which articles first (the origins of the settings name them), then the settings.
            foreach (var (name, line, value) in node.Members)
            {
                string key = $"{at}.{name}";
                string known = Known(name, line, key, s_overrideKeys);
                if (known == "files")
                {
                    foreach (var (pattern, patternLine) in ReadOneOrMany(value, key))
                    {
                        globs.Add(PathGlob.TryParse(pattern, out string? problem) ?? throw Error(patternLine, key, $"broken path pattern: {problem}"));
                    }
                }
                else if (known == "sources")
                {
                    sources = [.. ReadOneOrMany(value, key).Select(s => s.Text.Trim())];
                }
            }

            if (globs.Count == 0 && sources.Count == 0)
            {
                throw Error(node.Line, at, "an override needs 'files' (path patterns) or 'sources' (publishers or domains) to say which articles it applies to");
            }

            string label = globs.Count > 0 ? $"overrides[{index}] files {string.Join(", ", globs.Select(g => g.Pattern))}" : $"overrides[{index}] sources {string.Join(", ", sources)}";
            foreach (var (name, line, value) in node.Members)
            {
                string key = $"{at}.{name}";
                switch (Known(name, line, key, s_overrideKeys))
                {
                    case "rules":
                        ReadRules(value, key, rules, origins, label);
                        break;
                    case "weights":
                        ReadWeights(value, key, weights, origins, label);
                        break;
                    case "failUnder":
                        failUnder = ReadFailUnder(value, key);
                        origins["failUnder"] = Origin(value.Line, label);
                        break;
                }
            }

            return new ConfigurationOverride(index, globs, sources, rules, weights, failUnder, origins);
        }

        private void ReadRules(ConfigNode node, string at, Dictionary<string, RuleLevel> rules, Dictionary<string, SettingOrigin> origins, string label)
        {
            Expect(node, JsonValueKind.Object, at, "must be an object of rule ids and levels, as \"SS5005\": \"off\"");
            foreach (var (id, line, value) in node.Members)
            {
                string key = $"{at}.{id}";
                if (id.Length != 6 || !id.StartsWith("SS", StringComparison.OrdinalIgnoreCase) || id.AsSpan(2).ContainsAnyExcept("0123456789"))
                {
                    throw Error(line, key, $"'{id}' is not a rule id (SS and four digits; 'sourcescore rules' lists them)");
                }

                if (value.Kind != JsonValueKind.String || !TryLevel(value.Value!, out var level))
                {
                    throw Error(value.Line, key, $"must be \"off\", \"info\", \"warning\" or \"error\" (was {Shown(value)})");
                }

                string upper = id.ToUpperInvariant();
                rules[upper] = level;
                origins["rules." + upper] = Origin(line, label);
            }
        }

        private void ReadWeights(ConfigNode node, string at, Dictionary<Signal, double> weights, Dictionary<string, SettingOrigin> origins, string label)
        {
            Expect(node, JsonValueKind.Object, at, "must be an object of signal names and weights, as \"claims\": 0.5");
            foreach (var (name, line, value) in node.Members)
            {
                string key = $"{at}.{name}";
                Signal? signal = name.ToUpperInvariant() switch
                {
                    "MARKUP" => Signal.Markup,
                    "MACHINE" => Signal.Machine,
                    "CLAIMS" => Signal.Claims,
                    "AGREEMENT" => Signal.Agreement,
                    "SOURCE" => Signal.Source,
                    _ => null,
                };
                if (signal is null || (!fromSection && name != name.ToLowerInvariant()))
                {
                    throw Error(line, key, $"'{name}' is not a signal (markup, machine, claims, agreement, source)");
                }

                double weight = ReadNumber(value, key);
                if (weight is < 0 or > 1)
                {
                    throw Error(value.Line, key, $"a weight is the share of the 100 points a signal can take off, from 0 to 1 (was {Shown(value)})");
                }

                weights[signal.Value] = weight;
                origins["weights." + signal.Value.ToName()] = Origin(line, label);
            }
        }

        private double ReadFailUnder(ConfigNode node, string at)
        {
            double value = ReadNumber(node, at);
            return value is < 0 or > 100 ? throw Error(node.Line, at, $"must be an overall score from 0 to 100 (was {Shown(node)})") : value;
        }

        private double ReadNumber(ConfigNode node, string at)
        {
            bool number = node.Kind == JsonValueKind.Number || (fromSection && node.Kind == JsonValueKind.String);
            if (!number || !double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            {
                throw Error(node.Line, at, $"must be a number (was {Shown(node)})");
            }

            return value;
        }

        private IReadOnlyList<string> ReadStrings(ConfigNode node, string at, int maxLength, bool allowSpaces)
        {
            Expect(node, JsonValueKind.Array, at, "must be an array of strings");
            if (node.Items.Count > MaxListLength)
            {
                throw Error(node.Line, at, $"has {node.Items.Count} entries; at most {MaxListLength}");
            }

            var list = new List<string>(node.Items.Count);
            for (int i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                string key = $"{at}[{i}]";
                Expect(item, JsonValueKind.String, key, "must be a string");
                string text = item.Value!.Trim();
                if (text.Length == 0 || text.Length > maxLength)
                {
                    throw Error(item.Line, key, $"must be 1 to {maxLength} characters");
                }

                if (!text.Any(char.IsLetterOrDigit))
                {
                    // A line is matched by its words; one without any would match every blank or punctuation line.
                    throw Error(item.Line, key, "holds no letter or digit");
                }

                if (!allowSpaces && text.AsSpan().IndexOfAny(" \t\r\n") >= 0)
                {
                    throw Error(item.Line, key, $"'{text}' is more than one word; list each word on its own");
                }

                list.Add(text);
            }

            return list;
        }

        private IReadOnlyDictionary<string, IReadOnlyList<string>> ReadNames(ConfigNode node, string at)
        {
            Expect(node, JsonValueKind.Object, at, "must be an object: each name with the array of its variants, as \"Abdourahamane Tchiani\": [\"Abdourahmane Tiani\"]");
            var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (name, line, value) in node.Members)
            {
                string key = $"{at}.{name}";
                if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
                {
                    throw Error(line, key, "a name must be 1 to 100 characters");
                }

                var variants = ReadStrings(value, key, 100, allowSpaces: true);
                if (variants.Count == 0)
                {
                    throw Error(value.Line, key, "lists no variant");
                }

                names[name.Trim()] = variants;
            }

            return names;
        }

        private List<(string Text, int Line)> ReadOneOrMany(ConfigNode node, string at)
        {
            if (node.Kind == JsonValueKind.String)
            {
                return [(node.Value!, node.Line)];
            }

            Expect(node, JsonValueKind.Array, at, "must be a string or an array of strings");
            var list = new List<(string, int)>();
            for (int i = 0; i < node.Items.Count; i++)
            {
                var item = node.Items[i];
                Expect(item, JsonValueKind.String, $"{at}[{i}]", "must be a string");
                if (string.IsNullOrWhiteSpace(item.Value))
                {
                    throw Error(item.Line, $"{at}[{i}]", "must not be empty");
                }

                list.Add((item.Value!, item.Line));
            }

            return list.Count == 0 ? throw Error(node.Line, at, "lists nothing") : list;
        }

        private string Known(string name, int line, string key, string[] known)
        {
            foreach (string k in known)
            {
                if (string.Equals(name, k, KeyComparison))
                {
                    return k;
                }
            }

            throw Error(line, key, $"unknown setting '{name}' (known here: {string.Join(", ", known.Where(k => k != "$schema"))})");
        }

        private void Expect(ConfigNode node, JsonValueKind kind, string at, string what)
        {
            // A section's array is an object keyed 0, 1, …; an empty section is a null.
            if (node.Kind != kind && !(fromSection && node.Kind == JsonValueKind.Null))
            {
                throw Error(node.Line, at, $"{what} (was {Shown(node)})");
            }
        }

        private static bool TryLevel(string text, out RuleLevel level)
        {
            switch (text.Trim().ToUpperInvariant())
            {
                case "OFF": level = RuleLevel.Off; return true;
                case "INFO": level = RuleLevel.Info; return true;
                case "WARNING": level = RuleLevel.Warning; return true;
                case "ERROR": level = RuleLevel.Error; return true;
                default: level = default; return false;
            }
        }

        private static string Shown(ConfigNode node) => node.Kind switch
        {
            JsonValueKind.String => $"the string \"{(node.Value!.Length > 40 ? node.Value[..40] + "…" : node.Value)}\"",
            JsonValueKind.Number => node.Value!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            _ => "an object",
        };

        private SettingOrigin Origin(int line, string label) => new(file, line, label);

        private SourceScoreConfigurationException Error(int line, string key, string problem) => new(file, line, key, problem);
    }
}
