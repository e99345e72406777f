using System.Text.Json;

namespace SourceScore.Configuration;

/// <summary>
/// One value of a configuration as written, with the line it starts on: what <see cref="ConfigurationReader"/> checks. Made
/// from a JSON file (<see cref="Parse"/>, comments and trailing commas allowed) or from an <c>IConfiguration</c> section
/// (<see cref="ConfigurationSectionReader"/>, whose values are all strings and whose lines are 0).
/// </summary>
internal sealed class ConfigNode
{
    private const int MaxDepth = 32;

    public ConfigNode(JsonValueKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public JsonValueKind Kind { get; }

    /// <summary>Gets the 1-based line the value starts on; 0 when not from a file.</summary>
    public int Line { get; }

    /// <summary>Gets the text of a string, or the digits of a number.</summary>
    public string? Value { get; init; }

    /// <summary>Gets an object's members in written order, each with the line of its key.</summary>
    public List<(string Name, int Line, ConfigNode Value)> Members { get; } = [];

    public List<ConfigNode> Items { get; } = [];

    /// <summary>Reads JSON with comments (<c>//</c>, <c>/* */</c>) and trailing commas; a syntax error names its line.</summary>
    /// <exception cref="SourceScoreConfigurationException">Not JSON, or an object names a key twice.</exception>
    public static ConfigNode Parse(ReadOnlySpan<byte> utf8, string filePath)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new SourceScoreConfigurationException(filePath, 1, "(file)", "the file is empty; write {} for no settings");
            }

            var root = ReadValue(ref reader, lineStarts, filePath);
            if (reader.Read())
            {
                throw new SourceScoreConfigurationException(filePath, LineOf(reader.TokenStartIndex, lineStarts), "(file)", "text after the end of the settings object");
            }

            return root;
        }
        catch (JsonException ex)
        {
            int line = ex.LineNumber is long l ? (int)l + 1 : 0;
            string reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            throw new SourceScoreConfigurationException(filePath, line, "(file)", $"not valid JSON: {reason}");
        }
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, List<int> lineStarts, string filePath)
    {
        int line = LineOf(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new ConfigNode(JsonValueKind.Object, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = reader.GetString()!;
                    int keyLine = LineOf(reader.TokenStartIndex, lineStarts);
                    if (obj.Members.Exists(m => m.Name == name))
                    {
                        throw new SourceScoreConfigurationException(filePath, keyLine, name, "written twice in the same object");
                    }

                    reader.Read();
                    obj.Members.Add((name, keyLine, ReadValue(ref reader, lineStarts, filePath)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new ConfigNode(JsonValueKind.Array, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lineStarts, filePath));
                }

                return array;
            case JsonTokenType.String:
                return new ConfigNode(JsonValueKind.String, line) { Value = reader.GetString() };
            case JsonTokenType.Number:
                return new ConfigNode(JsonValueKind.Number, line) { Value = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new ConfigNode(JsonValueKind.True, line);
            case JsonTokenType.False:
                return new ConfigNode(JsonValueKind.False, line);
            default:
                return new ConfigNode(JsonValueKind.Null, line);
        }
    }

    private static int LineOf(long byteIndex, List<int> lineStarts)
    {
        int found = lineStarts.BinarySearch((int)byteIndex);
        return (found >= 0 ? found : ~found - 1) + 1;
    }
}
