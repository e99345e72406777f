using SourceScore.Cli;

return await CliApp.RunAsync(args, Console.OpenStandardInput, Console.OpenStandardOutput, Console.Error).ConfigureAwait(false);
