using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SourceScore.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
