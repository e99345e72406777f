using BenchmarkDotNet.Attributes;
using SourceScore.Signals.Markup;

namespace SourceScore.Benchmarks;

/// <summary>Each markup check alone on the extracted text of about 6 KB news pages (one operation is one article).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private const int Pages = 200;
    private Article[] _articles = [];
    private Scorer _scorer = null!;

    [Params("LeakedTag", "AttributeDebris", "Entity", "EncodingDamage", "RepeatedFragment", "Boilerplate", "WhitespaceJunk", "ModelOnly")]
    public string Check { get; set; } = "LeakedTag";

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsPages.Build(Pages).Select(p => Article.FromHtml(p)).ToArray();
        ICheck? check = Check switch
        {
            "LeakedTag" => LeakedTagCheck.Instance,
            "AttributeDebris" => AttributeDebrisCheck.Instance,
            "Entity" => EntityCheck.Instance,
            "EncodingDamage" => EncodingDamageCheck.Instance,
            "RepeatedFragment" => RepeatedFragmentCheck.Instance,
            "Boilerplate" => BoilerplateCheck.Instance,
            "WhitespaceJunk" => WhitespaceJunkCheck.Instance,
            _ => null,
        };
        var builder = new ScorerBuilder();
        if (check is null)
        {
            builder.UseMarkupChecks();
        }
        else
        {
            builder.AddCheck(check);
        }

        _scorer = builder.Build();
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public double Run()
    {
        double total = 0;
        foreach (var article in _articles)
        {
            total += Check == "ModelOnly"
                ? _scorer.RunChecks(article, 0, static (c, _) => MarkupSignalEvaluator.DamageProbability(c), CancellationToken.None)
                : _scorer.RunChecks(article, 0, static (c, _) => c.Findings.Count, CancellationToken.None);
        }

        return total;
    }
}
