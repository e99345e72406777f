namespace SourceScore.Training;

/// <summary>The measures the trainers and evaluators report: area under the ROC curve and average precision of scored items.</summary>
internal static class Metrics
{
    /// <summary>Area under the ROC curve (ties share their rank); NaN when one class is missing.</summary>
    public static double Auroc(IEnumerable<(double Score, bool Positive)> items)
    {
        var list = items.OrderBy(i => i.Score).ToList();
        double rankSum = 0;
        int positives = 0;
        int i = 0;
        while (i < list.Count)
        {
            int j = i;
            while (j < list.Count && list[j].Score == list[i].Score)
            {
                j++;
            }

            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++)
            {
                if (list[k].Positive)
                {
                    rankSum += rank;
                    positives++;
                }
            }

            i = j;
        }

        int negatives = list.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Average precision of one ranked list (ties broken by input order, as a stable sort leaves them).</summary>
    public static double AveragePrecision(IEnumerable<(double Score, bool Positive)> items)
    {
        var ranked = items.OrderByDescending(i => i.Score).ToList();
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Positive)
            {
                hits++;
                sum += hits / (double)(i + 1);
            }
        }

        return hits == 0 ? 0 : sum / hits;
    }
}
