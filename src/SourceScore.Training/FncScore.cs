using System.Globalization;
using System.Text;

namespace SourceScore.Training;

/// <summary>
/// The Fake News Challenge figures of a set of stance predictions: the FNC-1 weighted score (+0.25 for telling
/// related from unrelated, +0.75 more for the exact stance of a related pair, as a share of the best possible),
/// per-class precision, recall and F1, macro-F1 over the four classes, and the confusion matrix.
/// </summary>
internal sealed class FncScore
{
    public static readonly string[] Classes = ["agree", "disagree", "discuss", "unrelated"];

    private readonly int[,] _matrix = new int[4, 4];

    public static FncScore Of(IEnumerable<(int Gold, int Predicted)> pairs)
    {
        var score = new FncScore();
        foreach (var (gold, predicted) in pairs)
        {
            score._matrix[gold, predicted]++;
        }

        return score;
    }

    /// <summary>Gets the weighted score as a percentage of the maximum.</summary>
    public double Percent
    {
        get
        {
            double got = 0, max = 0;
            for (int g = 0; g < 4; g++)
            {
                for (int p = 0; p < 4; p++)
                {
                    int n = _matrix[g, p];
                    max += n * (g == 3 ? 0.25 : 1.0);
                    if (g == p)
                    {
                        got += n * (g == 3 ? 0.25 : 1.0);
                    }
                    else if (g != 3 && p != 3)
                    {
                        got += n * 0.25;
                    }
                }
            }

            return max == 0 ? 0 : 100 * got / max;
        }
    }

    public double F1(int c)
    {
        int tp = _matrix[c, c], gold = 0, predicted = 0;
        for (int k = 0; k < 4; k++)
        {
            gold += _matrix[c, k];
            predicted += _matrix[k, c];
        }

        return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
    }

    public double Precision(int c)
    {
        int predicted = 0;
        for (int k = 0; k < 4; k++)
        {
            predicted += _matrix[k, c];
        }

        return predicted == 0 ? 0 : _matrix[c, c] / (double)predicted;
    }

    public double Recall(int c)
    {
        int gold = 0;
        for (int k = 0; k < 4; k++)
        {
            gold += _matrix[c, k];
        }

        return gold == 0 ? 0 : _matrix[c, c] / (double)gold;
    }

    public double MacroF1 => Enumerable.Range(0, 4).Average(F1);

    public string Line => string.Create(CultureInfo.InvariantCulture, $"FNC {Percent:F2} %, macro-F1 {MacroF1:F4} (agree {F1(0):F3}, disagree {F1(1):F3}, discuss {F1(2):F3}, unrelated {F1(3):F3})");

    /// <summary>A markdown table of the per-class figures.</summary>
    public string ClassTable()
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("| class | pairs | precision | recall | F1 |");
        b.AppendLine("|---|---|---|---|---|");
        for (int k = 0; k < 4; k++)
        {
            int gold = 0;
            for (int p = 0; p < 4; p++)
            {
                gold += _matrix[k, p];
            }

            b.AppendLine(c, $"| {Classes[k]} | {gold} | {Precision(k):F4} | {Recall(k):F4} | {F1(k):F4} |");
        }

        return b.ToString();
    }

    /// <summary>A markdown confusion matrix (rows gold, columns predicted).</summary>
    public string MatrixTable()
    {
        var b = new StringBuilder();
        b.AppendLine("| gold \\ predicted | agree | disagree | discuss | unrelated |");
        b.AppendLine("|---|---|---|---|---|");
        for (int g = 0; g < 4; g++)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {Classes[g]} |");
            for (int p = 0; p < 4; p++)
            {
                b.Append(CultureInfo.InvariantCulture, $" {_matrix[g, p]} |");
            }

            b.AppendLine();
        }

        return b.ToString();
    }
}
