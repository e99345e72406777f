using System.Runtime.InteropServices;
using SourceScore.Cli;

// Ctrl-C (SIGINT) or SIGTERM cancels the command, which stops reading, finishes writing what it has scored and exits
// with 130; a second signal ends the process at once.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    try
    {
        if (!stop.IsCancellationRequested)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
    catch (ObjectDisposedException)
    {
        // The command has ended and the process is on its way out: nothing left to cancel.
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
return await CliApp.RunAsync(args, Console.OpenStandardInput, Console.OpenStandardOutput, Console.Error, errorIsTerminal: !Console.IsErrorRedirected, stop.Token).ConfigureAwait(false);
