using System.Text;
using BenchmarkDotNet.Attributes;
using SourceScore.Signals.Markup;

namespace SourceScore.Benchmarks;

/// <summary>
/// Each place that once had a regex match timeout, on its worst input: long runs of the characters its patterns
/// used to backtrack on, at 1, 10 and 100 times a unit of about 8,000 characters. Linear time shows as a Mean that
/// grows tenfold from one size to the next (the same time a character); with no clock in the patterns, the
/// findings are also the same on any machine.
/// </summary>
[MemoryDiagnoser]
public class WorstCaseBenchmarks
{
    private const int UnitChars = 8_000;

    private Scorer _scorer = null!;
    private string _input = string.Empty;

    /// <summary>Gets or sets the input: a multiple of the unit.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; } = 1;

    /// <summary>Gets or sets the former timeout site.</summary>
    [Params("Boilerplate", "LeakedCode", "ArticleFacts", "PageClasses", "HiddenStyle", "QuotedLines", "InnerWhitespace")]
    public string Site { get; set; } = "Boilerplate";

    [GlobalSetup]
    public void Setup()
    {
        string unit = Site switch
        {
            // Lines that start like furniture and run on without finishing the pattern: every anchored pattern is
            // tried, and the bounded gaps (".{0,60}", "[\p{L} ]{2,50}", "(?: [\p{L}]+){0,3}") are each filled.
            "Boilerplate" => Repeat(
                "Follow " + new string('a', 48) + " o " + new string('b', 40) + "\n"
                + "Get the latest " + Words("in", 15) + " your\n"
                + "Find out how our " + Words("help", 20) + " can\n"
                + "Sign up for our free daily " + Words("news", 12) + "\n"
                + "Read more: " + new string('-', 150) + "\n"
                + "Privacy | Terms | Contact | About us | Careers | Help | FAQ | Site map | x\n"),

            // "function" and then whitespace to the end of the one line (lines are not capped here): the old
            // backtracking "\bfunction\s*\w{0,30}\s*\(" split the run between its two "\s*" in every way, quadratic in
            // the run's length, and gave up at its time limit. The whole input is one run, so it grows with Scale.
            "LeakedCode" => "function" + new string(' ', UnitChars - 9) + ";",

            // Openings and closings of byline, dateline and opinion patterns that never finish, and sentences of
            // "must ha" and "needs to b" (the spelled-out lookaheads), all without a full stop.
            "ArticleFacts" => "By " + Repeat("Aa'b Cc-d ") + "\n" + Repeat("They must ha need to b must hav needs to bx ") + "\nLONDON " + Repeat("AB CD EF GH "),

            // Class and id values made of near-misses of Readability's words.
            "PageClasses" => Repeat("sidebaz sharf relatex commen-ad hi hidd "),

            // A style of long runs of spaces between "display" and its colon.
            "HiddenStyle" => Repeat("display" + new string(' ', 60) + "visibility" + new string(' ', 60) + ": hidde "),

            // Paragraphs that each open with a quotation of pull-quote length, all different: every one is a pull-quote
            // candidate whose search runs over the whole page (quadratic before the page's search budget).
            "QuotedLines" => string.Empty,

            // One line of single no-break spaces between words (the hostile-input matrix's million entities decode to
            // this): each space used to start a search for a double space over the rest of the line, quadratic.
            "InnerWhitespace" => Repeat("&\u2019\u00A0"),
            _ => throw new ArgumentException($"Unknown site '{Site}'."),
        };

        var input = new StringBuilder(unit.Length * Scale);
        for (int i = 0; i < Scale; i++)
        {
            input.Append(unit);
        }

        if (Site == "QuotedLines")
        {
            input.Clear().Append("<html><body><article>");
            for (int i = 0; input.Length < UnitChars * Scale; i++)
            {
                input.Append("<p>\u201cQuote ").Append(i).Append(" is long enough to be taken for a pull quote of the story,\u201d he said of ").Append(i * 7919).Append(".</p>");
            }

            input.Append("</article></body></html>");
        }

        if (Site == "LeakedCode")
        {
            input.Clear().Append("function").Append(' ', (UnitChars * Scale) - 9).Append(';');
        }

        _input = Site switch
        {
            "PageClasses" => Page(classValue: input.ToString(), style: string.Empty),
            "QuotedLines" => input.ToString(),
            "HiddenStyle" => Page(classValue: "story", style: input.ToString()),
            _ => input.ToString(),
        };

        var builder = new ScorerBuilder();
        _ = Site switch
        {
            "Boilerplate" => builder.AddCheck(BoilerplateCheck.Instance),
            "LeakedCode" => builder.AddCheck(LeakedCodeCheck.Instance),
            "InnerWhitespace" => builder.AddCheck(WhitespaceJunkCheck.Instance),
            _ => builder.UseSourceChecks(),
        };
        _scorer = builder.Build();
    }

    /// <summary>Reads the input as a user's text or page would be: extraction for pages, then the checks.</summary>
    [Benchmark]
    public int Run()
    {
        var article = Site is "PageClasses" or "HiddenStyle" or "QuotedLines"
            ? Article.FromHtml(_input, title: "Opinion " + new string('x', 200))
            : Article.FromText(_input, title: "Commentar " + _input[..Math.Min(_input.Length, 2_000)]);
        return _scorer.RunChecks(article, 0, static (c, _) => c.Findings.Count, CancellationToken.None);
    }

    private static string Repeat(string piece)
    {
        var builder = new StringBuilder(UnitChars + piece.Length);
        while (builder.Length < UnitChars)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word + "x", count));

    // A page of ordinary paragraphs, one of them in an element carrying the hostile class, id and style values.
    private static string Page(string classValue, string style)
    {
        const string Paragraph = "<p>The council approved the budget on Monday after a long debate, officials said, and work starts in May.</p>";
        var page = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 10; i++)
        {
            page.Append(Paragraph);
        }

        page.Append("<div class=\"").Append(classValue).Append("\" id=\"").Append(classValue).Append("\" style=\"").Append(style).Append("\">").Append(Paragraph).Append("</div>");
        return page.Append("</article></body></html>").ToString();
    }
}
