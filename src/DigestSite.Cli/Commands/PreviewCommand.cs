using System.CommandLine;
using System.Runtime.InteropServices;
using DigestSite.Build;
using DigestSite.Preview;
using DigestSite.Preview.Serving;

namespace DigestSite.Cli.Commands;

public static class PreviewCommand
{
    public static Command Create()
    {
        var site = CommonOptions.SiteDir();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0: any free port). Default: 5080, or the next free one when it is taken.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: an IP address or 'localhost'. Anything but loopback makes the preview reachable from other machines.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var noOpen = new Option<bool>("--no-open") { Description = "Don't open a browser (none is opened without a display anyway)." };
        var drafts = new Option<bool>("--drafts") { Description = "Show digests marked draft: true, each with a banner saying so." };
        var future = new Option<bool>("--future") { Description = "Show digests dated in the future, each with a banner saying when it appears." };

        var command = new Command("preview",
            "Build the site, serve it with live reload, and rebuild on every change to input/, theme/ or statiq.yml, until Ctrl+C.\n\n" +
            "Examples:\n  digestsite preview mysite --port 8080 --no-open\n  digestsite preview mysite --drafts --future")
        {
            site, port, host, noOpen, drafts, future,
        };
        command.SetAction(parse => RunAsync(new PreviewOptions
        {
            SiteDir = parse.GetValue(site)!,
            Port = parse.GetValue(port),
            PortIsDefault = parse.GetResult(port) is null or { Implicit: true },
            Host = parse.GetValue(host)!,
            Drafts = parse.Flag(drafts),
            Future = parse.Flag(future),
        }, open: !parse.Flag(noOpen)).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(PreviewOptions options, bool open)
    {
        // Ctrl+C and SIGTERM end the preview the same way; once is enough, a second one is not swallowed.
        var stop = new TaskCompletionSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = stop.TrySetResult();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(options, new PreviewConsole(Console.Out, Console.Error));
        }
        catch (PreviewStartException e)
        {
            Console.Error.WriteLine($"digestsite: error: {e.Message}");
            return ExitCodes.Usage;
        }

        await using (session)
        {
            Console.WriteLine($"Serving {session.Url} (Ctrl+C to stop)");
            // The browser opens on the built site, not on the placeholder served while the first build runs.
            if (open && await Task.WhenAny(session.Ready, stop.Task) == session.Ready)
            {
                var whyNot = BrowserLauncher.WhyNot();
                if (whyNot is not null || !BrowserLauncher.TryOpen(session.Url))
                    Console.WriteLine($"Not opening a browser ({whyNot ?? "it could not be started"}); open {session.Url}");
            }
            await stop.Task;
            Console.WriteLine("Stopping.");
        }
        return ExitCodes.Success;
    }
}
