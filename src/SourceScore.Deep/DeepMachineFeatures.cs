namespace SourceScore.Deep;

/// <summary>
/// What the deep tier adds to the machine model's features: the text cut into pieces the embedding model reads
/// (sentences of three words or more, at most <see cref="MaxSentences"/> of <see cref="MaxSentenceChars"/> characters;
/// windows of <see cref="WindowWords"/> words, at most <see cref="MaxWindows"/>), their embeddings, and five numbers
/// from them: the margins of the linear read-outs (<see cref="DeepWeights"/>) over the mean window embedding and over
/// the mean and spread of the sentence embeddings, and the mean, spread and highest of the sentences' own margins.
/// The trainer and the scorer both go through here, so they cut and read texts the same way.
/// </summary>
internal static class DeepMachineFeatures
{
    public const int Count = 5;

    /// <summary>The version of these five features (their order and meaning); part of the deep model's stamp.</summary>
    public const int SchemaVersion = 1;
    public const int MaxSentences = 48;
    public const int MaxSentenceChars = 400;
    public const int WindowWords = 200;
    public const int MaxWindows = 3;
    private const int MinSentenceWords = 3;

    /// <summary>The pieces of a text the embedding model reads.</summary>
    /// <param name="Sentences">The sentences' texts, each cut to <see cref="MaxSentenceChars"/>.</param>
    /// <param name="SentenceSpans">Where each sentence stands in the text.</param>
    /// <param name="Windows">The windows' texts.</param>
    public sealed record Pieces(string[] Sentences, TextSpan[] SentenceSpans, string[] Windows)
    {
        public bool IsEmpty => Sentences.Length == 0;
    }

    /// <summary>The embeddings of a text's pieces.</summary>
    public sealed record Embedded(Pieces Pieces, float[][] Sentences, float[][] Windows);

    /// <summary>Cuts <paramref name="text"/> into the pieces the model reads.</summary>
    public static Pieces Cut(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> sentences)
    {
        var texts = new List<string>(Math.Min(sentences.Length, MaxSentences));
        var spans = new List<TextSpan>(texts.Capacity);
        foreach (var sentence in sentences)
        {
            if (texts.Count == MaxSentences)
            {
                break;
            }

            var slice = text.Slice(sentence.Start, Math.Min(sentence.Length, MaxSentenceChars)).Trim();
            if (Text.TextScan.CountWords(slice) >= MinSentenceWords)
            {
                texts.Add(slice.ToString());
                spans.Add(sentence);
            }
        }

        var windows = new List<string>(MaxWindows);
        int i = 0;
        while (i < text.Length && windows.Count < MaxWindows)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i, words = 0;
            while (i < text.Length && words < WindowWords)
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                words++;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }

            // A last window much shorter than the others says little on its own.
            if (words >= WindowWords / 4 || windows.Count == 0)
            {
                if (i > start)
                {
                    windows.Add(text[start..i].Trim().ToString());
                }
            }
        }

        return new Pieces([.. texts], [.. spans], [.. windows]);
    }

    /// <summary>Embeds the pieces: the sentences in batches of similar length (less padding), then the windows.</summary>
    public static Embedded Embed(Pieces pieces, SentenceEmbedder embedder, CancellationToken cancellationToken)
    {
        const int Batch = 16;
        var order = Enumerable.Range(0, pieces.Sentences.Length).OrderBy(k => pieces.Sentences[k].Length).ThenBy(k => k).ToArray();
        var sentences = new float[pieces.Sentences.Length][];
        for (int b = 0; b < order.Length; b += Batch)
        {
            var batch = order.AsSpan(b, Math.Min(Batch, order.Length - b)).ToArray();
            var vectors = embedder.Embed(Array.ConvertAll(batch, k => pieces.Sentences[k]), cancellationToken);
            for (int j = 0; j < batch.Length; j++)
            {
                sentences[batch[j]] = vectors[j];
            }
        }

        var windows = new float[pieces.Windows.Length][];
        for (int w = 0; w < windows.Length; w++)
        {
            windows[w] = embedder.Embed([pieces.Windows[w]], cancellationToken)[0];
        }

        return new Embedded(pieces, sentences, windows);
    }

    /// <summary>Writes the <see cref="Count"/> features into <paramref name="features"/> and each sentence's margin into <paramref name="sentenceMargins"/>.</summary>
    public static void Compute(Embedded embedded, DeepWeights weights, Span<float> features, Span<float> sentenceMargins)
    {
        const int D = SentenceEmbedder.Dimensions;
        Span<float> meanAndSpread = stackalloc float[2 * D];
        MeanAndSpread(embedded.Windows, meanAndSpread);
        features[0] = embedded.Windows.Length == 0 ? 0 : weights.Window.Margin(meanAndSpread[..D]);
        MeanAndSpread(embedded.Sentences, meanAndSpread);
        features[1] = weights.MeanAndSpread.Margin(meanAndSpread);

        double sum = 0, sumSquares = 0;
        float max = float.NegativeInfinity;
        for (int k = 0; k < embedded.Sentences.Length; k++)
        {
            float m = weights.Sentence.Margin(embedded.Sentences[k]);
            sentenceMargins[k] = m;
            sum += m;
            sumSquares += (double)m * m;
            max = Math.Max(max, m);
        }

        int n = embedded.Sentences.Length;
        double mean = n == 0 ? 0 : sum / n;
        features[2] = (float)mean;
        features[3] = n == 0 ? 0 : (float)Math.Sqrt(Math.Max(0, (sumSquares / n) - (mean * mean)));
        features[4] = n == 0 ? 0 : max;
    }

    /// <summary>The element-wise mean of <paramref name="vectors"/> and then their spread (standard deviation); zeros for none.</summary>
    public static void MeanAndSpread(float[][] vectors, Span<float> output)
    {
        const int D = SentenceEmbedder.Dimensions;
        output.Clear();
        if (vectors.Length == 0)
        {
            return;
        }

        var mean = output[..D];
        var spread = output[D..];
        foreach (var v in vectors)
        {
            for (int j = 0; j < D; j++)
            {
                mean[j] += v[j];
            }
        }

        for (int j = 0; j < D; j++)
        {
            mean[j] /= vectors.Length;
        }

        foreach (var v in vectors)
        {
            for (int j = 0; j < D; j++)
            {
                float d = v[j] - mean[j];
                spread[j] += d * d;
            }
        }

        for (int j = 0; j < D; j++)
        {
            spread[j] = MathF.Sqrt(spread[j] / vectors.Length);
        }
    }
}
