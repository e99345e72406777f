using HtmlAgilityPack;

namespace SourceScore.Html;

/// <summary>
/// Writes a page's visible text from its parsed tree into a <see cref="TextWriterState"/>, line and block breaks where
/// the elements put them, leaving out what the <see cref="PageAnalysis"/> of the page drops. Iterative (an explicit
/// stack), so nesting depth costs no call stack. Stateless; thread-safe.
/// </summary>
internal static class PageTextEmitter
{
    /// <summary>Writes the visible text of <paramref name="root"/>; with <paramref name="clean"/>, drops unlikely and link-heavy parts.</summary>
    public static void Emit(PageAnalysis analysis, HtmlNode root, TextWriterState writer, bool clean)
    {
        var stack = new Stack<(HtmlNode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                writer.AppendText(PageAnalysis.Decode(((HtmlTextNode)node).Text), preserve: writer.InPre > 0);
                continue;
            }

            if (node.NodeType != HtmlNodeType.Element && node.NodeType != HtmlNodeType.Document)
            {
                continue;
            }

            string name = node.Name;
            if (exit)
            {
                CloseElement(name, writer);
                continue;
            }

            // Measured nodes were already found not dropped; only the rest (below a flattened node) needs the test.
            var treatment = analysis.TreatmentOf(node, clean);
            if (node != root && ((treatment == NodeTreatment.Unmeasured && HtmlTextExtractor.IsDropped(node)) || treatment == NodeTreatment.Drop))
            {
                continue;
            }

            if (treatment == NodeTreatment.Flat)
            {
                writer.BlockBreak();
                writer.AppendText(PageAnalysis.FlatText(node), preserve: false);
                writer.BlockBreak();
                continue;
            }

            OpenElement(name, writer);
            stack.Push((node, true));
            for (int i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }
    }

    private static void OpenElement(string name, TextWriterState writer)
    {
        switch (name)
        {
            case "br":
                writer.LineBreak();
                break;
            case "li":
                writer.BlockBreak();
                writer.AppendRaw("- ");
                break;
            case "td":
            case "th":
                writer.CellBreak();
                break;
            case "pre":
                writer.BlockBreak();
                writer.InPre++;
                break;
            default:
                if (HtmlTextExtractor.IsBlock(name))
                {
                    writer.BlockBreak();
                }

                break;
        }
    }

    private static void CloseElement(string name, TextWriterState writer)
    {
        if (name == "pre")
        {
            writer.InPre--;
        }

        if (name is "td" or "th")
        {
            return;
        }

        if (HtmlTextExtractor.IsBlock(name) && name != "br")
        {
            writer.BlockBreak();
        }
    }
}
