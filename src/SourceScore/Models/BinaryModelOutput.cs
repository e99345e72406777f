namespace SourceScore.Models;

/// <summary>What a binary classifier of the package predicts through an ML.NET prediction engine (training and the tests read it; the library evaluates the trees itself).</summary>
internal sealed class BinaryModelOutput
{
    public float Probability { get; set; }

    public float Score { get; set; }

    public bool PredictedLabel { get; set; }
}
