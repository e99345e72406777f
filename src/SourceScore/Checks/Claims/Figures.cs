using System.Collections.Frozen;
using SourceScore.Text;

namespace SourceScore.Checks.Claims;

/// <summary>The words around a number that tell a statistic from a date: units and scales, and month names. Matched on <see cref="WordHash"/> hashes. Thread-safe.</summary>
internal static class Figures
{
    private static readonly FrozenSet<ulong> s_units = Hashes(
        "percent", "per", "cent", "percentage", "points", "pct", "hundred", "thousand", "million", "billion", "trillion", "bn", "m", "k",
        "dollars", "pounds", "euros", "naira", "cfa", "francs", "yen", "yuan", "rupees");

    private static readonly FrozenSet<ulong> s_months = Hashes(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>Whether a word measures or scales the number before it ("percent", "million", "dollars").</summary>
    public static bool IsUnit(ulong hash) => s_units.Contains(hash);

    /// <summary>Whether a word is a month or its abbreviation.</summary>
    public static bool IsMonth(ulong hash) => s_months.Contains(hash);

    private static FrozenSet<ulong> Hashes(params string[] words) => FrozenSet.ToFrozenSet(words.Select(w => WordHash.Of(w)));
}
