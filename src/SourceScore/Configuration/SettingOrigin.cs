using System.Globalization;

namespace SourceScore.Configuration;

/// <summary>Where a setting was written: the file (or configuration section), the 1-based line (0 when not known), and the override it is in.</summary>
internal sealed record SettingOrigin(string File, int Line, string Label)
{
    public override string ToString() =>
        (Line > 0 ? $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}" : File) + (Label.Length > 0 ? $" ({Label})" : string.Empty);
}
