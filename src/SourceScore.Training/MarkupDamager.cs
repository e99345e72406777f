using System.Text;

namespace SourceScore.Training;

/// <summary>
/// Damages clean news text the way broken pipelines do: leaked and mangled tags, attribute and CSS
/// debris, undecoded, double-encoded and broken entities, mojibake from several encodings, replacement
/// and control characters, duplicated fragments, page boilerplate and related-headline lists, runs of
/// empty lines and trailing whitespace. Deterministic for a given seed.
/// </summary>
internal sealed class MarkupDamager
{
    private static readonly Encoding[] s_wrongEncodings = Register();

    private readonly Random _random;

    public MarkupDamager(int seed) => _random = new Random(seed);

    public enum Kind
    {
        Tag,
        MangledTag,
        Attribute,
        Entity,
        DoubleEntity,
        BrokenEntity,
        Mojibake,
        Replacement,
        Control,
        Repeat,
        Boilerplate,
        HeadlineList,
        BlankLines,
        TrailingSpace,
        Script,
    }

    public static IReadOnlyList<Kind> Kinds { get; } = Enum.GetValues<Kind>();

    /// <summary>Applies <paramref name="count"/> damages of random kinds; returns the damaged text and the kinds used.</summary>
    public (string Text, List<Kind> Kinds) Damage(string text, int count)
    {
        var kinds = new List<Kind>();
        for (int i = 0; i < count; i++)
        {
            var kind = Kinds[_random.Next(Kinds.Count)];
            text = Apply(text, kind);
            kinds.Add(kind);
        }

        return (text, kinds);
    }

    public string Apply(string text, Kind kind) => kind switch
    {
        Kind.Tag => InsertAt(text, Pick(WholeTags()), preferBoundary: true),
        Kind.MangledTag => InsertAt(text, Pick(MangledTags()), preferBoundary: true),
        Kind.Attribute => InsertAt(text, Pick(AttributeDebris()), preferBoundary: true),
        Kind.Entity => Entities(text, doubled: false, broken: false),
        Kind.DoubleEntity => Entities(text, doubled: true, broken: false),
        Kind.BrokenEntity => Entities(text, doubled: false, broken: true),
        Kind.Mojibake => Mojibake(text),
        Kind.Replacement => ReplaceNonAscii(text, "\uFFFD"),
        Kind.Control => Controls(text),
        Kind.Repeat => Repeat(text),
        Kind.Boilerplate => Boilerplate(text),
        Kind.HeadlineList => Headlines(text),
        Kind.BlankLines => BlankLines(text),
        Kind.TrailingSpace => TrailingSpaces(text),
        Kind.Script => InsertLine(text, Pick(Scripts())),
        _ => text,
    };

    private static Encoding[] Register()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return [Encoding.GetEncoding(1252), Encoding.Latin1, Encoding.GetEncoding(1251), Encoding.GetEncoding(1250), Encoding.GetEncoding(437), Encoding.GetEncoding(10000)];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private IReadOnlyList<string> WholeTags()
    {
        string[] names = ["p", "b", "i", "em", "strong", "span", "div", "li", "ul", "td", "tr", "th", "h2", "h3", "br", "a", "table", "blockquote", "sup"];
        string n = Pick(names);
        return
        [
            $"<{n}>", $"</{n}>", "<br>", "<br/>", "<br />", $"<{n} class=\"{Pick(ClassNames)}\">", $"<a href=\"https://www.example.com/{Pick(ClassNames)}\">",
            "</a>", $"<img src=\"/images/{_random.Next(1000, 9999)}.jpg\" alt=\"\">", "<!-- ad slot -->", $"<{n}></{n}>", "<p>&nbsp;</p>",
            $"<div id=\"{Pick(ClassNames)}-{_random.Next(10, 99)}\">", "</div></div>", "<hr>",
        ];
    }

    private IReadOnlyList<string> MangledTags()
    {
        string[] names = ["p", "b", "li", "ul", "td", "th", "tr", "h2", "h3", "strong", "span", "em", "div"];
        string n = Pick(names), m = Pick(names);
        return
        [
            $"< / {n} >", $"< {n} >", $"{n} >< {m} >", $"< {n} >>", $"{n} />", $"< {n}/>", $"{n}>", $"</ {n}>", $"< /{n}>",
            $"<{n} >>", $"{n} >", $"< {n} class = \"{Pick(ClassNames)}\" >", $"<<{n}>>", $"</{n}", $"{n} />{m} >",
        ];
    }

    private IReadOnlyList<string> AttributeDebris() =>
    [
        $"style=\"text-align: {Pick(Aligns)}\"", $"class=\"{Pick(ClassNames)}\"", $"tdstyle;textalign:'{Pick(Aligns)}'",
        "valigntop>", $"colspan=\"{_random.Next(2, 5)}\"", "width=\"100%\"", $"colsize;'rowcount'= '{_random.Next(2, 6)}'",
        $"font-size: {_random.Next(10, 20)}px;", $"data-id=\"{_random.Next(1000, 99999)}\"", "border=\"0\" cellpadding=\"0\"",
        $"align{Pick(Aligns)}", $"style='color:#{_random.Next(0x100000, 0xFFFFFF):x6}'", "display: none;", "margin-top: 10px;",
    ];

    private static readonly string[] ClassNames = ["article-body", "story-text", "caption", "inline-image", "related", "lead", "content", "wp-block", "promo", "embed"];
    private static readonly string[] Aligns = ["left", "right", "center", "justify"];

    /// <summary>Inserts a fragment at a paragraph or sentence boundary (or inside a sentence).</summary>
    private string InsertAt(string text, string fragment, bool preferBoundary)
    {
        if (text.Length == 0)
        {
            return fragment;
        }

        int pos;
        if (preferBoundary && _random.Next(3) > 0)
        {
            var boundaries = new List<int>();
            for (int i = 1; i < text.Length; i++)
            {
                if (text[i - 1] is '.' or '\n' && (text[i] is ' ' or '\n'))
                {
                    boundaries.Add(i);
                }
            }

            pos = boundaries.Count > 0 ? Pick(boundaries) : _random.Next(text.Length);
        }
        else
        {
            pos = text.IndexOf(' ', _random.Next(text.Length));
            if (pos < 0)
            {
                pos = text.Length;
            }
        }

        string sep = _random.Next(2) == 0 ? " " : string.Empty;
        return text[..pos] + sep + fragment + sep + text[pos..];
    }

    private string Entities(string text, bool doubled, bool broken)
    {
        var builder = new StringBuilder(text.Length + 64);
        int budget = 1 + _random.Next(6);
        double rate = 0.3 + (_random.NextDouble() * 0.7);
        bool any = false;
        foreach (char c in text)
        {
            string? entity = budget > 0 && _random.NextDouble() < rate ? EntityFor(c) : null;
            if (entity is null)
            {
                builder.Append(c);
                continue;
            }

            if (doubled)
            {
                entity = "&amp;" + entity[1..];
            }

            if (broken && entity.StartsWith("&#", StringComparison.Ordinal))
            {
                entity = entity.TrimEnd(';');
            }

            builder.Append(entity);
            budget--;
            any = true;
        }

        if (!any)
        {
            // No character to encode: insert an entity for a space or an apostrophe instead.
            string e = broken ? "&#8217" : doubled ? Pick(new[] { "&amp;nbsp;", "&amp;quot;", "&amp;#39;", "&amp;amp;" }) : Pick(new[] { "&nbsp;", "&#39;", "&quot;", "&mdash;", "&rsquo;", "&amp;" });
            return InsertAt(text, e, preferBoundary: false);
        }

        return builder.ToString();
    }

    private string? EntityFor(char c) => c switch
    {
        '\'' => Pick(new[] { "&#39;", "&#x27;", "&apos;", "&#8217;" }),
        '’' => Pick(new[] { "&rsquo;", "&#8217;", "&#x2019;" }),
        '"' => Pick(new[] { "&quot;", "&#34;" }),
        '“' => "&ldquo;",
        '”' => "&rdquo;",
        '&' => "&amp;",
        '—' => Pick(new[] { "&mdash;", "&#8212;" }),
        '–' => "&ndash;",
        'é' => "&eacute;",
        '\u00A0' => "&nbsp;",
        ' ' => _random.Next(40) == 0 ? "&nbsp;" : null,
        _ => null,
    };

    private string Typographic(string s)
    {
        // Plain-ASCII texts get the curly quotes and dashes a CMS would add, so that mojibake has something to garble.
        var b = new StringBuilder(s.Length);
        bool open = true;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\'')
            {
                b.Append('’');
            }
            else if (c == '"')
            {
                b.Append(open ? '“' : '”');
                open = !open;
            }
            else if (c == '-' && i > 0 && i + 1 < s.Length && s[i - 1] == ' ' && s[i + 1] == ' ')
            {
                b.Append('—');
            }
            else
            {
                b.Append(c);
            }
        }

        if (b.ToString().All(ch => ch < 0x80))
        {
            string[] words = ["café", "naïve", "résumé", "São Paulo", "Zürich", "€5m", "£20", "Beyoncé", "Curaçao", "Nigérien"];
            return InsertAt(b.ToString(), Pick(words), preferBoundary: false);
        }

        return b.ToString();
    }

    private string Mojibake(string text)
    {
        text = Typographic(text);
        var wrong = _random.Next(10) < 6 ? s_wrongEncodings[0] : Pick(s_wrongEncodings);

        // Garble the whole text, or one stretch of it that holds at least one non-ASCII character.
        if (_random.Next(2) == 0)
        {
            return Garble(text, wrong);
        }

        var nonAscii = Enumerable.Range(0, text.Length).Where(i => text[i] >= 0x80).ToList();
        int anchor = Pick(nonAscii);
        int start = Math.Max(0, anchor - _random.Next(400));
        int end = Math.Min(text.Length, anchor + 1 + _random.Next(400));
        if (char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return string.Concat(text.AsSpan(0, start), Garble(text[start..end], wrong), text.AsSpan(end));
    }

    private static string Garble(string s, Encoding wrong) => wrong.GetString(Encoding.UTF8.GetBytes(s));

    private string ReplaceNonAscii(string text, string replacement)
    {
        text = Typographic(text);
        var b = new StringBuilder(text.Length);
        int budget = 1 + _random.Next(5);
        int replaced = 0;
        foreach (char c in text)
        {
            if (c >= 0x80 && replaced < budget && _random.Next(2) == 0)
            {
                b.Append(replacement);
                replaced++;
            }
            else
            {
                b.Append(c);
            }
        }

        return replaced == 0 ? InsertAt(text, replacement, preferBoundary: false) : b.ToString();
    }

    private string Controls(string text)
    {
        text = Typographic(text);
        var b = new StringBuilder(text.Length);
        int changed = 0;
        foreach (char c in text)
        {
            char r = c switch { '’' => '\u0092', '‘' => '\u0091', '“' => '\u0093', '”' => '\u0094', '—' => '\u0097', '–' => '\u0096', _ => c };
            if (r != c && _random.Next(3) > 0)
            {
                b.Append(r);
                changed++;
            }
            else
            {
                b.Append(c);
            }
        }

        return changed == 0 ? InsertAt(text, "\u0093", preferBoundary: false) : b.ToString();
    }

    private string Repeat(string text)
    {
        var lines = text.Split('\n');
        var candidates = lines.Where(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5).ToList();
        if (candidates.Count > 0 && _random.Next(2) == 0)
        {
            string line = Pick(candidates);
            var list = lines.ToList();
            int at = _random.Next(2) == 0 ? list.IndexOf(line) + 1 : list.Count;
            list.Insert(at, line);
            return string.Join('\n', list);
        }

        // Repeat a sentence inside the text.
        var sentences = text.Split(". ");
        var good = sentences.Where(s => s.Split(' ').Length >= 9).ToList();
        if (good.Count == 0)
        {
            return text + "\n" + text[..Math.Min(text.Length, 200)];
        }

        string sentence = Pick(good).Trim() + ".";
        return InsertAt(text, sentence, preferBoundary: true);
    }

    private IReadOnlyList<string> Scripts() =>
    [
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-" + _random.Next(1000, 9999) + "'); });",
        "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-" + _random.Next(100000, 999999) + "-1']);",
        "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
        "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"Story\"}",
        "document.getElementById('comments').style.display = 'none';",
        "@media (max-width: 600px) { .story-body { font-size: 14px !important; } }",
        "$(document).ready(function () { $('.gallery').slick(); });",
        "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; }(document, 'script', 'facebook-jssdk'));",
    ];

    private static readonly string[] Sites = ["The Daily Ledger", "NewsNow", "Global Wire", "Metro Herald", "Asia Times Online", "The Post"];

    private string Boilerplate(string text)
    {
        string site = Pick(Sites);
        string[] lines =
        [
            "Share this article", "Share on Facebook | Twitter | Email", $"Follow {site} on Twitter", "Follow us on Instagram",
            $"Sign up for our daily newsletter", "Subscribe to our free weekly newsletter for the latest updates",
            $"© {_random.Next(2005, 2025)} {site}. All rights reserved.", $"Copyright {_random.Next(2005, 2025)} {site}",
            "Contact us to find out how our consulting services can support you.", "Get in touch with our team today.",
            "Advertisement", "Skip to main content", "Back to top", "Read more:", "Related Articles", "Print this page",
            $"Like us on Facebook", "Get the latest headlines delivered to your inbox", "Click to share on WhatsApp",
            "Email this story", "Tweet", "Load more", $"More from {site}:", "All Rights Reserved",
        ];
        string line = Pick(lines);
        return _random.Next(3) switch
        {
            0 => text.TrimEnd() + "\n" + line,
            1 => line + "\n" + text,
            _ => InsertLine(text, line),
        };
    }

    private string InsertLine(string text, string line)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(_random.Next(lines.Count + 1), line);
        return string.Join('\n', lines);
    }

    private string Headlines(string text)
    {
        string[] headings = ["Where next?", "Read the latest news stories:", "Related news", "You may also like", "More stories", "Recommended for you", "Latest News", "Don't miss"];
        string[] topics = ["Markets rally as inflation cools", "Storm cuts power to thousands", "Court rejects appeal in fraud case", "Minister resigns over expenses row", "New vaccine trial shows promise", "Floods displace families in the north", "Tech giant unveils new phone", "Talks on trade deal stall again", "Strike closes ports for a third day", "Police investigate museum theft"];
        var b = new StringBuilder(text.TrimEnd());
        b.Append('\n');
        if (_random.Next(4) > 0)
        {
            b.Append(Pick(headings)).Append('\n');
        }

        int n = 3 + _random.Next(6);
        var date = new DateTime(2024, 1, 1).AddDays(_random.Next(700));
        bool dated = _random.Next(3) > 0;
        for (int i = 0; i < n; i++)
        {
            b.Append(_random.Next(2) == 0 ? "- " : string.Empty).Append(Pick(topics));
            if (dated)
            {
                b.Append(' ').Append(date.ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture));
            }

            b.Append('\n');
        }

        return b.ToString().TrimEnd('\n');
    }

    private string BlankLines(string text)
    {
        string run = new('\n', 4 + _random.Next(8));
        if (_random.Next(2) == 0)
        {
            return text.TrimEnd() + run;
        }

        int pos = text.IndexOf('\n', _random.Next(Math.Max(1, text.Length)));
        if (pos < 0)
        {
            pos = text.IndexOf(". ", _random.Next(Math.Max(1, text.Length)), StringComparison.Ordinal);
            if (pos < 0)
            {
                return text + run;
            }

            pos++;
        }

        return string.Concat(text.AsSpan(0, pos), run, text.AsSpan(pos).TrimStart(' '));
    }

    private string TrailingSpaces(string text)
    {
        string junk = _random.Next(3) switch
        {
            0 => new string(' ', 3 + _random.Next(10)),
            1 => "\t" + new string(' ', _random.Next(4)),
            _ => " \u00A0 ",
        };
        if (_random.Next(4) == 0)
        {
            // Junk between two words, as table cells and removed elements leave it.
            int at = text.IndexOf(' ', _random.Next(Math.Max(1, text.Length)));
            return at < 0 ? text + junk : string.Concat(text.AsSpan(0, at), junk.Length < 3 ? junk + "  " : junk, text.AsSpan(at));
        }

        var lines = text.Split('\n');
        int count = 1 + _random.Next(Math.Max(1, lines.Length / 2));
        for (int i = 0; i < count; i++)
        {
            int k = _random.Next(lines.Length);
            lines[k] = lines[k].TrimEnd() + junk;
        }

        if (lines.Length == 1)
        {
            // One-paragraph texts: break the line first, as a converter would.
            int pos = text.IndexOf(". ", _random.Next(Math.Max(1, text.Length)), StringComparison.Ordinal);
            return pos < 0 ? text + junk : string.Concat(text.AsSpan(0, pos + 1), junk, "\n", text.AsSpan(pos + 2));
        }

        return string.Join('\n', lines);
    }
}
