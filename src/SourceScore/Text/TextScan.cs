using System.Globalization;
using System.Text;

namespace SourceScore.Text;

/// <summary>Small scanning helpers shared by the checks. Allocation-free; thread-safe.</summary>
internal static class TextScan
{
    /// <summary>Whether the text holds a letter or a digit (at once for any real text: it stops at the first).</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts words: maximal runs of letters and digits.</summary>
    public static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>Finds the line holding <paramref name="offset"/> (an offset on a terminator belongs to the line it ends).</summary>
    public static int LineOf(ReadOnlySpan<TextSpan> lines, int offset)
    {
        int lo = 0, hi = lines.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The line without surrounding white space, list markers ("-", "*", "•", "·") and stray '&gt;'.</summary>
    public static TextSpan ContentOf(ReadOnlySpan<char> text, TextSpan line)
    {
        int s = line.Start, e = line.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '-' or '*' or '•' or '·' or '>'))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }

    /// <summary>
    /// The character Windows-1252 puts at a C1 position (0x80–0x9F), which is what a C1 control in decoded text
    /// usually stood for; <see langword="null"/> for the five positions Windows-1252 leaves undefined.
    /// </summary>
    public static string? Windows1252(int code) => code switch
    {
        0x80 => "€", 0x82 => "‚", 0x83 => "ƒ", 0x84 => "„", 0x85 => "…", 0x86 => "†", 0x87 => "‡", 0x88 => "ˆ",
        0x89 => "‰", 0x8A => "Š", 0x8B => "‹", 0x8C => "Œ", 0x8E => "Ž", 0x91 => "‘", 0x92 => "’", 0x93 => "“",
        0x94 => "”", 0x95 => "•", 0x96 => "–", 0x97 => "—", 0x98 => "˜", 0x99 => "™", 0x9A => "š", 0x9B => "›",
        0x9C => "œ", 0x9E => "ž", 0x9F => "Ÿ",
        _ => null,
    };

    /// <summary>Shows invisible replacement characters by name so that the message is readable.</summary>
    public static string ShowReplacement(string decoded)
    {
        if (decoded.Length == 1 && (char.IsWhiteSpace(decoded[0]) || char.IsControl(decoded[0]) || decoded[0] == '\u00AD' || char.GetUnicodeCategory(decoded[0]) == UnicodeCategory.Format))
        {
            return decoded[0] switch
            {
                '\u00A0' => "a no-break space (U+00A0)",
                '\u00AD' => "a soft hyphen (U+00AD)",
                ' ' => "a space",
                _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)decoded[0]:X4}"),
            };
        }

        var builder = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
