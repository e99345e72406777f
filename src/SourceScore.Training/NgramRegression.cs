using SourceScore.Signals.Machine;

namespace SourceScore.Training;

/// <summary>
/// Fits the hashed n-gram model (<see cref="NgramBag"/>) by weighted logistic regression: AdaGrad over the sparse bags,
/// an L2 penalty (1e-4, the best cross-validated AUROC of 1e-6, 1e-5, 1e-4 and 1e-3), a fixed number of passes in an
/// order shuffled with a fixed seed, one thread: the same rows give the same weights.
/// </summary>
internal static class NgramRegression
{
    public const int Epochs = 8;
    public const double L2 = 1e-4;
    public const double LearningRate = 0.5;

    public static (float[] Weights, float Bias) Fit(IReadOnlyList<((int[] Buckets, float[] Values) Bag, bool Machine, float Weight)> rows, int seed)
    {
        var weights = new float[NgramBag.Buckets];
        var squares = new float[NgramBag.Buckets];
        float bias = 0;
        double biasSquares = 0;
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int r in order)
            {
                var ((buckets, values), machine, weight) = rows[r];
                double z = bias;
                for (int i = 0; i < buckets.Length; i++)
                {
                    z += weights[buckets[i]] * values[i];
                }

                double gradient = ((1 / (1 + Math.Exp(-z))) - (machine ? 1 : 0)) * weight;
                for (int i = 0; i < buckets.Length; i++)
                {
                    int j = buckets[i];
                    double g = (gradient * values[i]) + (L2 * weights[j]);
                    squares[j] += (float)(g * g);
                    weights[j] -= (float)(LearningRate * g / Math.Sqrt(squares[j] + 1e-8));
                }

                biasSquares += gradient * gradient;
                bias -= (float)(LearningRate * gradient / Math.Sqrt(biasSquares + 1e-8));
            }
        }

        return (weights, bias);
    }
}
