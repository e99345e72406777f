using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace SourceScore.Models;

/// <summary>
/// A trained, Platt-calibrated ML.NET FastTree binary model evaluated straight from its trees: the split
/// features, thresholds, children and leaf values of every tree copied into flat arrays once, then walked
/// without allocating. It gives the probability ML.NET's prediction engine gives (the tests hold them to
/// each other on real feature vectors) at a fraction of the cost, which matters when every sentence of
/// every article is scored. Thread-safe: nothing is written after construction.
/// </summary>
internal sealed class FastTreeEvaluator
{
    /// <summary>
    /// Walks made side by side — independent chains of loads that the processor overlaps: rows through one tree (twice
    /// as many while a batch has enough rows), or, for one row, trees.
    /// </summary>
    private const int Lanes = 4;

    private readonly int[] _roots;
    private readonly int[] _depths;
    private readonly Node[] _nodes;
    private readonly double[] _values;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private FastTreeEvaluator(TreeEnsemble<RegressionTree> ensemble, PlattCalibrator calibrator, int featureCount)
    {
        if (featureCount > ushort.MaxValue + 1)
        {
            throw new InvalidOperationException($"The model reads {featureCount} features; the tree evaluator reads at most {ushort.MaxValue + 1}.");
        }

        // Every tree's inner nodes and leaves become 8-byte nodes of one flat array, laid out breadth first so that a
        // node's two children sit side by side after it and a tree's first levels share a cache line or two. A leaf is a
        // node that leads to itself whatever the features (its threshold is NaN, so every row goes "right", to itself),
        // so a walk can run on past it; its value, times the tree's weight, sits in _values.
        var trees = ensemble.Trees;
        var nodes = new List<Node>();
        var values = new List<double>();
        var queue = new Queue<(int Child, int At)>();
        _roots = new int[trees.Count];
        _depths = new int[trees.Count];
        for (int t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.CategoricalSplitFlags.Any(f => f))
            {
                throw new InvalidOperationException("The model uses categorical splits, which the tree evaluator does not read.");
            }

            if (tree.NumberOfNodes + tree.NumberOfLeaves > short.MaxValue)
            {
                throw new InvalidOperationException($"A tree has {tree.NumberOfLeaves} leaves; the tree evaluator reads trees of at most {(short.MaxValue + 1) / 2}.");
            }

            double weight = ensemble.TreeWeights[t];
            _roots[t] = nodes.Count;
            _depths[t] = tree.NumberOfNodes == 0 ? 0 : Depth(tree, 0);

            // ML.NET numbers inner nodes from 0 (the root) and marks leaf l as ~l; a tree without splits is one leaf.
            queue.Enqueue((tree.NumberOfNodes == 0 ? ~0 : 0, nodes.Count));
            nodes.Add(default);
            values.Add(0);
            while (queue.TryDequeue(out var item))
            {
                if (item.Child < 0)
                {
                    nodes[item.At] = Node.Leaf;
                    values[item.At] = weight * tree.LeafValues[~item.Child];
                    continue;
                }

                int n = item.Child, feature = tree.NumericalSplitFeatureIndexes[n];
                if ((uint)feature >= (uint)featureCount)
                {
                    throw new InvalidOperationException($"A split reads feature {feature}, beyond the {featureCount} features.");
                }

                // The children take the next two places; places are handed out in the order nodes leave the queue.
                int left = nodes.Count;
                nodes[item.At] = new Node((ushort)feature, tree.NumericalSplitThresholds[n], (short)(left - item.At));
                nodes.Add(default);
                nodes.Add(default);
                values.Add(0);
                values.Add(0);
                queue.Enqueue((tree.LeftChild[n], left));
                queue.Enqueue((tree.RightChild[n], left + 1));
            }
        }

        _nodes = [.. nodes];
        _values = [.. values];

        _bias = ensemble.Bias;
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;
        FeatureCount = featureCount;
    }

    private static int Depth(RegressionTree tree, int node) =>
        1 + Math.Max(tree.LeftChild[node] >= 0 ? Depth(tree, tree.LeftChild[node]) : 0, tree.RightChild[node] >= 0 ? Depth(tree, tree.RightChild[node]) : 0);

    /// <summary>Gets the number of features the model reads.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Reads the evaluator out of a model loaded by ML.NET, which must be a calibrated FastTree binary
    /// classifier (what <c>BinaryClassification.Trainers.FastTree</c> trains).
    /// </summary>
    public static FastTreeEvaluator From(Microsoft.ML.ITransformer model, int featureCount)
    {
        var ensemble = model switch
        {
            BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> binary => binary.Model,
            _ => null,
        };

        return ensemble is null
            ? throw new InvalidOperationException($"Expected a Platt-calibrated FastTree binary model; found {model.GetType().Name}.")
            : new FastTreeEvaluator(ensemble.SubModel.TrainedTreeEnsemble, ensemble.Calibrator, featureCount);
    }

    /// <summary>
    /// The ensemble's raw score for the features (before calibration): four trees walked side by side, so that one
    /// row's walks overlap as the rows of <see cref="Probabilities"/> do; the leaf values are added in tree order.
    /// </summary>
    public double Score(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features, got {features.Length}.", nameof(features));
        }

        return Sum(ref MemoryMarshal.GetReference(features));
    }

    /// <summary>The bias plus the leaf value of every tree for one row, in tree order.</summary>
    private double Sum(ref float x)
    {
        ref Node nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        var values = _values;
        var roots = _roots;
        var depths = _depths;
        double sum = _bias;
        int t = 0;
        for (; t + Lanes <= roots.Length; t += Lanes)
        {
            int a = roots[t], b = roots[t + 1], c = roots[t + 2], d = roots[t + 3];
            for (int step = Math.Max(Math.Max(depths[t], depths[t + 1]), Math.Max(depths[t + 2], depths[t + 3])); step > 0; step--)
            {
                int na = Step(ref nodes, ref x, a), nb = Step(ref nodes, ref x, b), nc = Step(ref nodes, ref x, c), nd = Step(ref nodes, ref x, d);
                if (((na ^ a) | (nb ^ b) | (nc ^ c) | (nd ^ d)) == 0)
                {
                    break;
                }

                (a, b, c, d) = (na, nb, nc, nd);
            }

            sum += values[a];
            sum += values[b];
            sum += values[c];
            sum += values[d];
        }

        for (; t < roots.Length; t++)
        {
            sum += values[Walk(ref nodes, ref x, roots[t], depths[t])];
        }

        return sum;
    }

    /// <summary>
    /// The calibrated probabilities of many feature vectors at once (<paramref name="rows"/> holds them one after
    /// another, <see cref="FeatureCount"/> each): tree by tree, so each tree's few nodes stay in the first-level
    /// cache while every row walks it, eight rows side by side (then four; measured: eight walks overlap better than
    /// four, 11 % off the claims signal). Much faster than one vector at a time.
    /// </summary>
    public void Probabilities(ReadOnlySpan<float> rows, Span<double> probabilities)
    {
        int n = probabilities.Length, f = FeatureCount;
        if (rows.Length < n * f)
        {
            throw new ArgumentException($"Expected {n} rows of {f} features.", nameof(rows));
        }

        int whole = n - (n % Lanes);
        probabilities[..whole].Fill(_bias);
        ref Node nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref float x = ref MemoryMarshal.GetReference(rows);
        var values = _values;
        for (int t = 0; t < _roots.Length && whole > 0; t++)
        {
            int root = _roots[t], depth = _depths[t];
            int r = 0;
            for (; r + (2 * Lanes) <= whole; r += 2 * Lanes)
            {
                ref float x0 = ref Unsafe.Add(ref x, r * f);
                ref float x1 = ref Unsafe.Add(ref x0, f);
                ref float x2 = ref Unsafe.Add(ref x1, f);
                ref float x3 = ref Unsafe.Add(ref x2, f);
                ref float x4 = ref Unsafe.Add(ref x3, f);
                ref float x5 = ref Unsafe.Add(ref x4, f);
                ref float x6 = ref Unsafe.Add(ref x5, f);
                ref float x7 = ref Unsafe.Add(ref x6, f);
                // Until all eight rows sit on leaves (a leaf leads to itself): paths are mostly far shorter than the tree's depth.
                int a = root, b = root, c = root, d = root, e = root, g = root, h = root, k = root;
                for (int step = depth; step > 0; step--)
                {
                    int na = Step(ref nodes, ref x0, a), nb = Step(ref nodes, ref x1, b), nc = Step(ref nodes, ref x2, c), nd = Step(ref nodes, ref x3, d);
                    int ne = Step(ref nodes, ref x4, e), ng = Step(ref nodes, ref x5, g), nh = Step(ref nodes, ref x6, h), nk = Step(ref nodes, ref x7, k);
                    if (((na ^ a) | (nb ^ b) | (nc ^ c) | (nd ^ d) | (ne ^ e) | (ng ^ g) | (nh ^ h) | (nk ^ k)) == 0)
                    {
                        break;
                    }

                    (a, b, c, d, e, g, h, k) = (na, nb, nc, nd, ne, ng, nh, nk);
                }

                probabilities[r] += values[a];
                probabilities[r + 1] += values[b];
                probabilities[r + 2] += values[c];
                probabilities[r + 3] += values[d];
                probabilities[r + 4] += values[e];
                probabilities[r + 5] += values[g];
                probabilities[r + 6] += values[h];
                probabilities[r + 7] += values[k];
            }

            for (; r < whole; r += Lanes)
            {
                ref float x0 = ref Unsafe.Add(ref x, r * f);
                ref float x1 = ref Unsafe.Add(ref x0, f);
                ref float x2 = ref Unsafe.Add(ref x1, f);
                ref float x3 = ref Unsafe.Add(ref x2, f);
                int a = root, b = root, c = root, d = root;
                for (int step = depth; step > 0; step--)
                {
                    int na = Step(ref nodes, ref x0, a), nb = Step(ref nodes, ref x1, b), nc = Step(ref nodes, ref x2, c), nd = Step(ref nodes, ref x3, d);
                    if (((na ^ a) | (nb ^ b) | (nc ^ c) | (nd ^ d)) == 0)
                    {
                        break;
                    }

                    (a, b, c, d) = (na, nb, nc, nd);
                }

                probabilities[r] += values[a];
                probabilities[r + 1] += values[b];
                probabilities[r + 2] += values[c];
                probabilities[r + 3] += values[d];
            }
        }

        // The rows left over (fewer than four) walk four trees side by side instead: the same sums in the same order.
        for (int r = whole; r < n; r++)
        {
            probabilities[r] = Sum(ref Unsafe.Add(ref x, r * f));
        }

        for (int r = 0; r < n; r++)
        {
            probabilities[r] = Calibrate(probabilities[r]);
        }
    }

    private double Calibrate(double score) => 1 / (1 + Math.Exp((_slope * score) + _offset));

    /// <summary>Walks one row down one tree from <paramref name="node"/> to its leaf (at most <paramref name="depth"/> steps).</summary>
    private static int Walk(ref Node nodes, ref float x, int node, int depth)
    {
        for (; depth > 0; depth--)
        {
            int next = Step(ref nodes, ref x, node);
            if (next == node)
            {
                break;
            }

            node = next;
        }

        return node;
    }

    /// <summary>One step: the child the row goes to, chosen without a branch (the right child sits after the left); a leaf leads to itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref Node nodes, ref float x, int node)
    {
        ref Node n = ref Unsafe.Add(ref nodes, node);

        // As ML.NET: at most the threshold goes left; anything else (NaN included) goes right.
        int right = Unsafe.Add(ref x, n.Feature) <= n.Threshold ? 0 : 1;
        return node + n.Left + right;
    }

    /// <summary>
    /// One split in 8 bytes: go to the node <see cref="Left"/> places on when the feature is at most the threshold, else
    /// to the one after it.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Node(ushort feature, float threshold, short left)
    {
        /// <summary>
        /// A leaf: its threshold is NaN, so every row goes right, one place after "left", which is one place back:
        /// the leaf itself.
        /// </summary>
        public static readonly Node Leaf = new(0, float.NaN, -1);

        public readonly float Threshold = threshold;
        public readonly ushort Feature = feature;
        public readonly short Left = left;
    }

    /// <summary>The calibrated probability of the positive class.</summary>
    public double Probability(ReadOnlySpan<float> features) => Calibrate(Score(features));
}
