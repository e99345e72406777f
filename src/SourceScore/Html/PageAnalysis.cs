using HtmlAgilityPack;

namespace SourceScore.Html;

/// <summary>
/// Per-page state of <see cref="HtmlTextExtractor"/>: text statistics of every element (measured
/// bottom-up in one iterative pass), Readability-style content scores, the main content chosen from them, and what the
/// text emitter (<see cref="PageTextEmitter"/>) does with each element. Used by one extraction on one thread.
/// </summary>
internal sealed class PageAnalysis
{
    private const int MinParagraphLength = 25;

    private readonly HtmlExtractionOptions _options;
    private readonly Dictionary<HtmlNode, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);

    // Pages repeat the same class and id values on many elements: classify each distinct value once.
    private readonly Dictionary<string, (bool Unlikely, bool Maybe, int Weight)> _classCache = new(StringComparer.Ordinal);

    public PageAnalysis(HtmlExtractionOptions options) => _options = options;

    public bool DepthLimited { get; private set; }

    private sealed class NodeStats
    {
        public int TextLength;
        public int LinkLength;
        public int Commas;
        public int Paragraphs;
        public int ListItems;
        public int Images;
        public bool Unlikely;
        public bool Flat;
        public bool HasBlockChild;
        public bool Initialized;
        public double Score;
        public int ClassWeight;
    }

    /// <summary>Measures every element under <paramref name="root"/>: text and link lengths, commas, paragraphs.</summary>
    public void Measure(HtmlNode root)
    {
        var order = new List<HtmlNode>();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var stats = new NodeStats();
            _stats[node] = stats;
            order.Add(node);
            stats.ClassWeight = ClassWeight(node);
            stats.Unlikely = IsUnlikely(node);
            if (depth >= _options.MaxDepth)
            {
                stats.Flat = true;
                DepthLimited = true;
                continue;
            }

            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                var child = node.ChildNodes[i];
                if (child.NodeType == HtmlNodeType.Element && !HtmlTextExtractor.IsDropped(child))
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        // Children come after their parents in pre-order, so the reverse order sees every child first.
        for (int n = order.Count - 1; n >= 0; n--)
        {
            var node = order[n];
            var stats = _stats[node];
            if (stats.Flat)
            {
                var text = FlatText(node);
                stats.TextLength = text.Length;
                stats.Commas = CountCommas(text);
                continue;
            }

            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Text)
                {
                    var raw = ((HtmlTextNode)child).Text;
                    stats.TextLength += CollapsedLength(raw);
                    stats.Commas += CountCommas(raw);
                }
                else if (child.NodeType == HtmlNodeType.Element && _stats.TryGetValue(child, out var c))
                {
                    stats.TextLength += c.TextLength;
                    stats.LinkLength += child.Name == "a" ? c.TextLength : c.LinkLength;
                    stats.Commas += c.Commas;
                    stats.Paragraphs += c.Paragraphs + (child.Name == "p" ? 1 : 0);
                    stats.ListItems += c.ListItems + (child.Name == "li" ? 1 : 0);
                    stats.Images += c.Images;
                    stats.HasBlockChild |= HtmlTextExtractor.IsBlock(child.Name);
                }
                else if (child.NodeType == HtmlNodeType.Element && child.Name == "img")
                {
                    stats.Images++;
                }
            }
        }
    }

    /// <summary>Finds the main content: the best-scoring container and the siblings that belong with it.</summary>
    public IReadOnlyList<HtmlNode> SelectMainContent(HtmlNode body)
    {
        var candidates = new List<HtmlNode>();
        foreach (var (node, stats) in _stats)
        {
            if (stats.Unlikely || stats.TextLength < MinParagraphLength || IsInsideUnlikely(node))
            {
                continue;
            }

            bool scorable = HtmlTextExtractor.IsScorable(node.Name) || (node.Name == "div" && !stats.HasBlockChild);
            if (!scorable)
            {
                continue;
            }

            double contentScore = 1 + stats.Commas + Math.Min(stats.TextLength / 100, 3);
            var ancestor = node.ParentNode;
            for (int level = 0; ancestor is not null && ancestor.NodeType == HtmlNodeType.Element && level < 5; level++, ancestor = ancestor.ParentNode)
            {
                if (!_stats.TryGetValue(ancestor, out var a))
                {
                    break;
                }

                if (!a.Initialized)
                {
                    a.Initialized = true;
                    a.Score = InitialScore(ancestor.Name) + a.ClassWeight;
                    candidates.Add(ancestor);
                }

                a.Score += level == 0 ? contentScore : level == 1 ? contentScore / 2 : contentScore / (level * 3);
            }
        }

        HtmlNode? top = null;
        double topScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var s = _stats[candidate];
            s.Score *= 1 - LinkDensity(s);
            if (s.Score > topScore)
            {
                topScore = s.Score;
                top = candidate;
            }
        }

        if (top is null)
        {
            return [body];
        }

        // A top candidate that holds only a sliver of the page's text is usually one paragraph of many: go up.
        var topStats = _stats[top];
        while (top.ParentNode is { } parent && parent != body && _stats.TryGetValue(parent, out var ps) && !ps.Unlikely
               && topStats.TextLength < 0.4 * ps.TextLength && ps.Initialized && ps.Score > topScore * 0.6)
        {
            top = parent;
            topStats = ps;
            topScore = ps.Score;
        }

        var selected = new List<HtmlNode>();
        var siblingsParent = top.ParentNode;
        if (siblingsParent is null || top == body)
        {
            return [top];
        }

        double threshold = Math.Max(10, topScore * 0.2);
        string topClass = top.GetAttributeValue("class", string.Empty);
        foreach (var sibling in siblingsParent.ChildNodes)
        {
            if (sibling.NodeType != HtmlNodeType.Element || !_stats.TryGetValue(sibling, out var s) || s.Unlikely)
            {
                continue;
            }

            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            double bonus = topClass.Length > 0 && sibling.GetAttributeValue("class", string.Empty) == topClass ? topScore * 0.2 : 0;
            bool include = s.Initialized && s.Score + bonus >= threshold;
            if (!include && sibling.Name == "p")
            {
                double density = LinkDensity(s);
                include = (s.TextLength > 80 && density < 0.25)
                    || (s.TextLength is > 0 and <= 80 && density == 0 && EndsWithPeriod(sibling));
            }

            if (include)
            {
                selected.Add(sibling);
            }
        }

        return selected;
    }

    /// <summary>
    /// What the emitter does with a node: the measurement (<see cref="Measure"/>) did not reach it, or it is kept, dropped
    /// as an unlikely or link-heavy part (only when <paramref name="clean"/>), or written as flat text.
    /// </summary>
    public NodeTreatment TreatmentOf(HtmlNode node, bool clean)
    {
        if (!_stats.TryGetValue(node, out var stats))
        {
            return NodeTreatment.Unmeasured;
        }

        if (clean && ShouldClean(stats, node.Name))
        {
            return NodeTreatment.Drop;
        }

        return stats.Flat ? NodeTreatment.Flat : NodeTreatment.Keep;
    }

    private static bool ShouldClean(NodeStats s, string name)
    {
        if (s.Unlikely)
        {
            return true;
        }

        if (name is not ("div" or "section" or "ul" or "ol" or "table" or "aside" or "figure" or "dl"))
        {
            return false;
        }

        if (s.ClassWeight < 0 && s.Commas < 10)
        {
            return true;
        }

        if (s.Commas >= 10)
        {
            return false;
        }

        double density = LinkDensity(s);
        bool lists = name is "ul" or "ol";
        return (s.TextLength < MinParagraphLength && s.Images != 1 && !lists && name != "table" && s.TextLength > 0 && s.Paragraphs == 0 && density > 0)
            || (!lists && s.ListItems > s.Paragraphs && s.Paragraphs == 0 && density > 0.2)
            || (s.ClassWeight < 25 && density > 0.2 && s.TextLength < 600)
            || density > 0.5;
    }

    private bool IsInsideUnlikely(HtmlNode node)
    {
        for (var p = node.ParentNode; p is not null; p = p.ParentNode)
        {
            if (_stats.TryGetValue(p, out var s) && s.Unlikely)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsUnlikely(HtmlNode node)
    {
        if (node.Name is "body" or "a" or "article" or "main" or "html" || !node.HasAttributes)
        {
            return false;
        }

        var cls = Classify(node.GetAttributeValue("class", string.Empty));
        var id = Classify(node.GetAttributeValue("id", string.Empty));
        return (cls.Unlikely || id.Unlikely) && !cls.Maybe && !id.Maybe;
    }

    private int ClassWeight(HtmlNode node)
    {
        if (!node.HasAttributes)
        {
            return 0;
        }

        int weight = Classify(node.GetAttributeValue("class", string.Empty)).Weight + Classify(node.GetAttributeValue("id", string.Empty)).Weight;
        if (node.GetAttributeValue("itemprop", string.Empty).Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight;
    }

    private (bool Unlikely, bool Maybe, int Weight) Classify(string value)
    {
        if (value.Length == 0)
        {
            return default;
        }

        if (!_classCache.TryGetValue(value, out var result))
        {
            int weight = (ClassNameCues.IsNegative(value) ? -25 : 0) + (ClassNameCues.IsPositive(value) ? 25 : 0);
            result = (ClassNameCues.IsUnlikely(value), ClassNameCues.IsMaybe(value), weight);
            _classCache[value] = result;
        }

        return result;
    }

    private static double InitialScore(string name) => name switch
    {
        "div" => 5,
        "article" or "main" => 10,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static double LinkDensity(NodeStats s) => s.TextLength == 0 ? 0 : Math.Min(1, s.LinkLength / (double)s.TextLength);

    private static bool EndsWithPeriod(HtmlNode node)
    {
        var text = FlatText(node).TrimEnd();
        return text.EndsWith('.');
    }

    /// <summary>All text under a node, whitespace collapsed, without structure (iterative).</summary>
    internal static string FlatText(HtmlNode node)
    {
        var writer = new TextWriterState();
        var stack = new Stack<HtmlNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.NodeType == HtmlNodeType.Text)
            {
                writer.AppendText(Decode(((HtmlTextNode)n).Text), preserve: false);
                continue;
            }

            if (n.NodeType == HtmlNodeType.Element && n != node && HtmlTextExtractor.IsDropped(n))
            {
                continue;
            }

            for (int i = n.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(n.ChildNodes[i]);
            }
        }

        return writer.ToText();
    }

    private static int CollapsedLength(string raw)
    {
        int length = 0;
        bool space = false;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            length += space ? 2 : 1;
            space = false;
        }

        return length;
    }

    private static int CountCommas(string s) =>
        s.AsSpan().Count(',') + s.AsSpan().Count('，') + s.AsSpan().Count('،');

    /// <summary>Decodes entities exactly once; most text nodes hold none, and those are returned as they are.</summary>
    /// <summary>The text of a text node with its character references decoded (no copy when it has none).</summary>
    internal static string Decode(string raw) => raw.Contains('&', StringComparison.Ordinal) ? HtmlEntity.DeEntitize(raw) : raw;
}
