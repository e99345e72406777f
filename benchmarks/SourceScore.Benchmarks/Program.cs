using System.Diagnostics;
using BenchmarkDotNet.Running;
using SourceScore;
using SourceScore.Checks.Markup;

if (args.Length > 0 && args[0] == "--probe")
{
    var articles = SourceScore.Benchmarks.NewsPages.Build(50).Select(p => Article.FromHtml(p)).ToArray();
    foreach (ICheck check in new ICheck[] { BoilerplateCheck.Instance, RepeatedFragmentCheck.Instance, AttributeDebrisCheck.Instance, EncodingDamageCheck.Instance })
    {
        var scorer = new ScorerBuilder().AddCheck(check).Build();
        for (int round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var a in articles) scorer.RunChecks(a, 0, static (c, _) => c.Findings.Count, CancellationToken.None);
            if (round == 2) Console.WriteLine($"{check.GetType().Name} {sw.Elapsed.TotalMicroseconds / articles.Length:F1} us/article");
        }
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SourceScore.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
