namespace SourceScore.Training;

/// <summary>A binary confusion matrix.</summary>
internal sealed class Confusion
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public int Tn { get; private set; }

    public double Precision => Tp / (double)Math.Max(1, Tp + Fp);

    public double Recall => Tp / (double)Math.Max(1, Tp + Fn);

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    public double Accuracy => (Tp + Tn) / (double)Math.Max(1, Tp + Fp + Fn + Tn);

    public double FalsePositiveRate => Fp / (double)Math.Max(1, Fp + Tn);

    /// <summary>Counts scored items, predicted positive from <paramref name="threshold"/> up.</summary>
    public static Confusion At(IEnumerable<(double Score, bool Positive)> items, double threshold)
    {
        var confusion = new Confusion();
        foreach (var (score, positive) in items)
        {
            confusion.Add(positive, score >= threshold);
        }

        return confusion;
    }

    public void Add(bool actual, bool predicted)
    {
        if (actual)
        {
            _ = predicted ? Tp++ : Fn++;
        }
        else
        {
            _ = predicted ? Fp++ : Tn++;
        }
    }
}
