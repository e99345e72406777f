using BenchmarkDotNet.Running;
using SourceScore.Benchmarks;

// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- profile machine|markup|claims|whole|agreement|pipeline.METHOD [seconds]
//   (a plain loop for a sampling profiler, e.g. DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -g <built exe> profile machine 20)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- index-memory [articles]
//   (the story index's managed memory per article after adding that many feed articles; default 100,000)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- index-churn [articles] [add-only]
//   (memory of a default story index over a long feed, every 50,000 articles: whether it holds once the index is full)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- story-profile
//   (the story profile alone on the benchmark pages: five 3 s rounds, time and bytes allocated per article)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- worst-case [SITE]
//   (WorstCaseBenchmarks in a plain loop: each worst-input site, or the one named, at 1x, 10x, 100x its worst input)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- feed COUNT [FILE|-]
//   (a deterministic JSONL feed of COUNT HTML news pages, {"id","source","published","html"}, for end-to-end runs)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- server-load [requests] [clients,...] [feed|same]
//   (sourcescore serve under load on 127.0.0.1: requests/s, p50/p99 for 1, 8, 64 clients, server memory; default 100,000; build the tool first)
// dotnet run -c Release --project benchmarks/SourceScore.Benchmarks -- cluster-load [articles] [warm] [silos,...] [rounds] [window] [--deep]
//   (a cluster of silo processes, each pinned to a core, and the tool as client over PostgreSQL ($SOURCESCORE_POSTGRES): articles/s by silo count)
if (args.Length > 0 && args[0] == "cluster-load")
{
    return ClusterLoad.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == "server-load")
{
    return ServerLoad.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == "worst-case")
{
    return WorstCaseLoop.Run(args.Length > 1 ? args[1] : null);
}

if (args.Length > 0 && args[0] == "profile")
{
    return ProfileLoop.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == "story-profile")
{
    return StoryProfileLoop.Run();
}

if (args.Length > 0 && args[0] == "feed")
{
    return FeedFile.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == "index-memory")
{
    return IndexMemory.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == "index-churn")
{
    return IndexChurn.Run(args.AsSpan(1));
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
return 0;
