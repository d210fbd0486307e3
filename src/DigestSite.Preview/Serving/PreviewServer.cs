using System.Net;
using DigestSite.Preview.LiveReload;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestSite.Preview.Serving;

/// <summary>
/// Kestrel, set up for the preview: one address, no logging of its own, no configuration files, and a
/// shutdown that never waits more than two seconds. It routes the live-reload endpoints to the
/// <see cref="ReloadHub"/> and everything else to the <see cref="SiteRequestHandler"/>.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts listening. Throws <see cref="PreviewStartException"/> when the address cannot be had.</summary>
    public static async Task<PreviewServer> StartAsync(ListenAddress address, int port, SiteRequestHandler site, ReloadHub hub)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            ServerLimits.Apply(kestrel.Limits);
            if (address.Ip is { } ip) kestrel.Listen(ip, port);
            else if (port == 0) kestrel.Listen(IPAddress.Loopback, 0); // Kestrel picks no free port for "localhost"
            else kestrel.ListenLocalhost(port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Ctrl+C and SIGTERM belong to the caller (the CLI), which stops the preview as a whole.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();

        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        var hosts = new HostCheck(address);
        app.Run(context => !hosts.Allows(context.Request.Host) ? HostCheck.RefuseAsync(context) : context.Request.Path.Value switch
        {
            LiveReloadScript.EventsPath => hub.ServeAsync(context, stopping),
            LiveReloadScript.Path => ServeScriptAsync(context),
            _ => site.HandleAsync(context),
        });

        try
        {
            await app.StartAsync();
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync();
            var where = $"{address.Host}:{port}";
            var inUse = e.InnerException is AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase);
            throw new PreviewStartException(inUse
                ? $"port {port} is already in use on {address.Host}; stop the other server or choose another port with --port"
                : $"cannot listen on {where}: {e.Message}") { PortInUse = inUse };
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound).Port);
    }

    public async Task StopAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(deadline.Token);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static Task ServeScriptAsync(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.Body.WriteAsync(LiveReloadScript.Source).AsTask();
    }

    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The preview could not start (bad address, port in use, no site folder): a usage error, exit code 2.</summary>
public sealed class PreviewStartException(string message) : Exception(message)
{
    /// <summary>The port is taken (a default port then moves on to the next one).</summary>
    public bool PortInUse { get; init; }
}
