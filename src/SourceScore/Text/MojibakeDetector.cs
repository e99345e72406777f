using System.Buffers;
using System.Globalization;
using System.Text;

namespace SourceScore.Text;

/// <summary>
/// Finds mojibake: runs of characters that are the bytes of UTF-8 text decoded with a single-byte
/// encoding. Each run of non-ASCII characters is re-encoded with each candidate encoding and read back
/// as UTF-8; the multi-byte sequences that decode are weighed as evidence (three-byte sequences, the
/// common lead characters Ã, Â and Ă, and C1 controls weigh most) and a decoded character must be
/// plausible where it lands (no IPA letters, controls, private use, or a lone Hebrew letter between
/// Latin ones). A line is reported only when its evidence reaches <see cref="LineThreshold"/>: mojibake
/// repeats, while legitimate text only rarely forms one valid sequence by chance.
/// </summary>
/// <remarks>Stateless and thread-safe. Evaluated on ftfy's own test cases (see the README).</remarks>
internal static class MojibakeDetector
{
    /// <summary>Evidence a line needs before its sequences are reported.</summary>
    public const double LineThreshold = 2.0;

    private const int MaxRunLength = 512;

    /// <summary>One repaired run.</summary>
    public readonly record struct Repair(TextSpan Span, string Fixed, string EncodingName, double Evidence);

    /// <summary>Scans one line and adds its repairs to <paramref name="repairs"/> when the line's evidence is strong enough.</summary>
    public static void ScanLine(ReadOnlySpan<char> text, TextSpan line, List<Repair> repairs)
    {
        var span = text.Slice(line.Start, line.Length);
        int firstRepair = repairs.Count;
        double evidence = 0;
        int i = 0;
        while (i < span.Length)
        {
            int rel = span[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (rel < 0)
            {
                break;
            }

            int runStart = i + rel;
            int runEnd = runStart;
            while (runEnd < span.Length && span[runEnd] >= '\u0080' && runEnd - runStart < MaxRunLength)
            {
                runEnd++;
            }

            if (runEnd - runStart >= 2 && TryRepairRun(span, runStart, runEnd, out var repair))
            {
                repairs.Add(repair with { Span = new TextSpan(line.Start + repair.Span.Start, repair.Span.Length) });
                evidence += repair.Evidence;
            }

            i = runEnd;
        }

        if (evidence < LineThreshold)
        {
            repairs.RemoveRange(firstRepair, repairs.Count - firstRepair);
        }
    }

    /// <summary>Tries every encoding on the run [start, end) of <paramref name="line"/>; keeps the one with the most evidence.</summary>
    private static bool TryRepairRun(ReadOnlySpan<char> line, int start, int end, out Repair best)
    {
        best = default;
        int length = end - start;
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            foreach (var encoding in SingleByteEncoding.All)
            {
                if (TryRepairWith(line, start, end, encoding, rented, out var repair) && repair.Evidence > best.Evidence)
                {
                    best = repair;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return best.Evidence > 0;
    }

    private static bool TryRepairWith(ReadOnlySpan<char> line, int start, int end, SingleByteEncoding encoding, byte[] bytes, out Repair repair)
    {
        repair = default;
        int length = end - start;
        for (int k = 0; k < length; k++)
        {
            if (!encoding.TryGetByte(line[start + k], out bytes[k]))
            {
                // A character this encoding cannot produce: mark it so no sequence spans it.
                bytes[k] = 0;
            }
        }

        double evidence = 0;
        int firstSeq = -1, lastSeqEnd = -1;
        StringBuilder? repaired = null;
        int k2 = 0;
        while (k2 < length)
        {
            byte lead = bytes[k2];
            if (lead >= 0xC2 && lead <= 0xF4
                && Rune.DecodeFromUtf8(bytes.AsSpan(k2, length - k2), out var rune, out int consumed) == OperationStatus.Done
                && consumed >= 2)
            {
                var original = line.Slice(start + k2, consumed);
                double weight = Weigh(original, rune, encoding);
                if (weight > 0 && IsPlausible(rune, line, start + k2, start + k2 + consumed, consumed))
                {
                    repaired ??= new StringBuilder(length);
                    if (firstSeq < 0)
                    {
                        firstSeq = k2;
                    }
                    else
                    {
                        repaired.Append(line.Slice(start + lastSeqEnd, k2 - lastSeqEnd));
                    }

                    repaired.Append(rune.ToString());
                    lastSeqEnd = k2 + consumed;
                    evidence += weight;
                    k2 += consumed;
                    continue;
                }
            }

            k2++;
        }

        if (repaired is null)
        {
            return false;
        }

        repair = new Repair(new TextSpan(start + firstSeq, lastSeqEnd - firstSeq), repaired.ToString(), encoding.Name, evidence);
        return true;
    }

    /// <summary>How much one decoded sequence says that the text is mojibake.</summary>
    private static double Weigh(ReadOnlySpan<char> original, Rune rune, SingleByteEncoding encoding)
    {
        if (original.Length >= 3)
        {
            return 3;
        }

        char lead = original[0], next = original[1];
        bool c1 = next is >= '\u0080' and <= '\u009F';
        if (encoding.Name == "Mac OS Roman")
        {
            // Two-byte Mac mojibake looks like maths unless the second character is one of the letter-like signs
            // that Mac OS Roman puts at continuation bytes; after √ (the mojibake lead of Latin-1 letters) it is strong.
            if (!"ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…".Contains(next, StringComparison.Ordinal) || next == 'π')
            {
                return 0;
            }

            return lead == '√' ? 2 : 0.5;
        }

        if (next == '\u00A0')
        {
            // A no-break space after a capital is usually a real word break; Ã + NBSP is the mojibake of à.
            return lead == 'Ã' ? 2 : 0.5;
        }

        double weight = lead is 'Ã' or 'Â' ? 2 : 1;
        if (c1)
        {
            weight += 1;
        }

        if (encoding.IsStrict)
        {
            weight *= 0.5;
        }

        return rune.Value == 0xA0 ? Math.Min(weight, 0.5) : weight;
    }

    /// <summary>Whether the characters after the lead are all ordinary punctuation ("ë…”" is a word, an ellipsis and a quote).</summary>
    private static bool ContinuationIsCommonPunctuation(ReadOnlySpan<char> continuation)
    {
        foreach (char c in continuation)
        {
            if (!"…’”“‘–—«»\u00A0".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the decoded character could really stand between its neighbours.</summary>
    private static bool IsPlausible(Rune rune, ReadOnlySpan<char> line, int seqStart, int seqEnd, int byteCount)
    {
        int v = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.ModifierLetter:
                return false;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
                return seqStart > 0 && !char.IsWhiteSpace(line[seqStart - 1]);
            default:
                break;
        }

        if (v is >= 0x0250 and <= 0x02FF && v is not (0x02BC or 0x02C6 or 0x02DC))
        {
            return false; // IPA letters and spacing modifiers: what accented capitals before punctuation decode to.
        }

        if (v is >= 0x0180 and <= 0x024F && v is not (>= 0x0218 and <= 0x021B) && v is not (0x01A0 or 0x01A1 or 0x01AF or 0x01B0))
        {
            return false; // Latin Extended-B beyond Romanian and Vietnamese letters.
        }

        if (v == 0x017F)
        {
            return false; // long s
        }

        // A two-byte sequence that decodes to a letter of another script between Latin letters or digits is
        // chance (5×£35 would become a Hebrew letter); three bytes in a row that decode are not.
        bool nonLatinLetter = Rune.IsLetter(rune) && v >= 0x0370 && v is not (>= 0x1E00 and <= 0x1EFF) && v is not (>= 0xFB00 and <= 0xFB06);
        if (nonLatinLetter && (byteCount == 2 || ContinuationIsCommonPunctuation(line[(seqStart + 1)..seqEnd])))
        {
            bool asciiBefore = seqStart > 0 && char.IsAsciiLetterOrDigit(line[seqStart - 1]);
            bool asciiAfter = seqEnd < line.Length && char.IsAsciiLetterOrDigit(line[seqEnd]);
            if (asciiBefore || asciiAfter)
            {
                return false;
            }
        }

        return true;
    }
}
